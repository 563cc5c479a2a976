//! The tables, version 3. Every shard holds a `NAME_local` MergeTree table
//! for each; a `Distributed` table `NAME` over them (on every shard, so any
//! server can take queries) is what reads use. Rows of an article live on
//! shard `article % shards` (the `Distributed` sharding key is the article
//! number), rows of an entity on shard `entity % shards`. Tables written by
//! slices are partitioned by slice, so a re-run of a slice drops its
//! partitions and writes them again. Only SQL that ClickHouse 18.16 and
//! current releases both accept: MergeTree with `PARTITION BY`/`ORDER BY`,
//! `Nullable`, `Array`, `Distributed`.
//!
//! The README's cluster section documents every column.

use super::{Cluster, ClusterError};

/// Bumped whenever a table or the meaning of a column changes; a database
/// written by another version is refused with a message, never misread.
pub const SCHEMA_VERSION: u32 = 3;

/// How rows of a table are spread over the shards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShardBy {
    Article,
    Entity,
    /// Small tables every shard holds whole (never `Distributed`).
    Everywhere,
}

pub struct Table {
    pub name: &'static str,
    pub columns: &'static str,
    pub order_by: &'static str,
    pub partition_by: Option<&'static str>,
    pub shard_by: ShardBy,
}

/// Every table of the schema.
pub const TABLES: &[Table] = &[
    // what korpus wrote and when; every shard holds the same rows
    Table {
        name: "meta",
        columns: "key String, value String",
        order_by: "key",
        partition_by: None,
        shard_by: ShardBy::Everywhere,
    },
    // one row per slice that finished writing; the merge checks all are there
    Table {
        name: "slices",
        columns: "slices UInt16, slice UInt16, first_article UInt32, articles UInt32, corpus String",
        order_by: "slice",
        partition_by: Some("slice"),
        shard_by: ShardBy::Everywhere,
    },
    // what a slice's analysis hands the merge (postcard after a format marker, cut in chunks): its word
    // statistics ("stats") and its recognised candidates ("recognised"); written
    // on the first shard only, read back by the merge
    Table {
        name: "parts",
        columns: "slices UInt16, slice UInt16, corpus String, stage String, chunk UInt32, chunks UInt32, bytes String",
        order_by: "(stage, chunk)",
        partition_by: Some("slice"),
        shard_by: ShardBy::Everywhere,
    },
    // the merge that completed: readers serve a corpus only when it matches the slices
    Table {
        name: "merges",
        columns: "articles UInt32, corpus String",
        order_by: "articles",
        partition_by: None,
        shard_by: ShardBy::Everywhere,
    },
    Table {
        name: "articles",
        columns: "slice UInt16, article UInt32, id String, title String, title_start UInt32, title_end UInt32, \
                  lang String, script String, bytes UInt64, date Nullable(String), url Nullable(String), \
                  source Nullable(String), text String",
        order_by: "article",
        partition_by: Some("slice"),
        shard_by: ShardBy::Article,
    },
    // search keys of titles and text lines (ASCII, every script transliterated)
    Table {
        name: "lines",
        columns: "slice UInt16, article UInt32, unit UInt32, kind UInt8, start UInt32, end UInt32, key String",
        order_by: "(article, unit)",
        partition_by: Some("slice"),
        shard_by: ShardBy::Article,
    },
    // the words of those keys (runs of letters and digits, lower-cased, their first 16
    // bytes), ordered for a range lookup: the lines where a needle begins a word,
    // which a search ranks first, without scanning every key (since version 3)
    Table {
        name: "words",
        columns: "slice UInt16, word String, article UInt32, unit UInt32, kind UInt8",
        order_by: "(word, article, unit)",
        partition_by: Some("slice"),
        shard_by: ShardBy::Article,
    },
    Table {
        name: "mentions",
        columns: "slice UInt16, article UInt32, start UInt32, end UInt32, kind UInt8, entity UInt32",
        order_by: "(article, start)",
        partition_by: Some("slice"),
        shard_by: ShardBy::Article,
    },
    // how often each entity is named in each article (entity cards, the overview)
    Table {
        name: "entity_articles",
        columns: "slice UInt16, article UInt32, entity UInt32, mentions UInt32",
        order_by: "(entity, article)",
        partition_by: Some("slice"),
        shard_by: ShardBy::Article,
    },
    Table {
        name: "entities",
        columns: "entity UInt32, id String, name String, kind UInt8, variants Array(String)",
        order_by: "entity",
        partition_by: None,
        shard_by: ShardBy::Entity,
    },
    // search keys of every entity name and variant
    Table {
        name: "entity_keys",
        columns: "entity UInt32, variant UInt32, key String, text String",
        order_by: "variant",
        partition_by: None,
        shard_by: ShardBy::Entity,
    },
    // related articles: each article's weighted features...
    Table {
        name: "vectors",
        columns: "slice UInt16, article UInt32, feature UInt32, weight Float32, count UInt32, surface String, \
                  entity Int64, norm Float32, language UInt32",
        order_by: "(article, feature)",
        partition_by: Some("slice"),
        shard_by: ShardBy::Article,
    },
    // ...and the same as postings, ordered for lookups by feature
    Table {
        name: "postings",
        columns: "slice UInt16, feature UInt32, article UInt32, weight Float32, norm Float32, language UInt32",
        order_by: "(feature, article)",
        partition_by: Some("slice"),
        shard_by: ShardBy::Article,
    },
];

/// Tables the merge step writes (emptied before it writes them again).
pub const MERGED_TABLES: &[&str] = &["mentions", "entity_articles", "entities", "entity_keys", "vectors", "postings"];

/// The table of this name that each shard holds (`NAME_local`, or `NAME` for a table every shard holds whole).
pub fn shard_table(cluster: &Cluster, name: &str) -> String {
    match TABLES.iter().find(|t| t.name == name).map(|t| t.shard_by) {
        Some(ShardBy::Everywhere) => format!("{}.{}", cluster.address.database, name),
        _ => cluster.local_table(name),
    }
}

fn create_local(cluster: &Cluster, table: &Table) -> String {
    let partition = table.partition_by.map(|p| format!(" PARTITION BY {p}")).unwrap_or_default();
    let name = shard_table(cluster, table.name);
    format!(
        "CREATE TABLE IF NOT EXISTS {name} ({}) ENGINE = MergeTree{partition} ORDER BY {}",
        table.columns, table.order_by
    )
}

fn create_distributed(cluster: &Cluster, table: &Table, cluster_name: &str) -> Option<String> {
    let key = match table.shard_by {
        ShardBy::Article => "article",
        ShardBy::Entity => "entity",
        ShardBy::Everywhere => return None,
    };
    let db = &cluster.address.database;
    Some(format!(
        "CREATE TABLE IF NOT EXISTS {db}.{name} AS {db}.{name}_local \
         ENGINE = Distributed({cluster_name}, {db}, {name}_local, {key})",
        name = table.name
    ))
}

/// The schema version a server's database holds, if korpus created it there.
fn stored_version(cluster: &Cluster, server: &super::Endpoint) -> Result<Option<u32>, ClusterError> {
    let db = &cluster.address.database;
    let exists = cluster
        .http
        .query_text(server, &format!("SELECT count() FROM system.tables WHERE database = '{db}' AND name = 'meta'"))?;
    if exists.trim() != "1" {
        return Ok(None);
    }
    let value = cluster
        .http
        .query_text(server, &format!("SELECT value FROM {db}.meta WHERE key = 'schema_version' LIMIT 1 FORMAT TSV"))?;
    Ok(value.trim().parse().ok())
}

fn version_mismatch(server: &super::Endpoint, db: &str, found: u32) -> ClusterError {
    ClusterError::Schema(format!(
        "database {db} on ClickHouse server {server} holds korpus schema version {found}, this korpus reads \
         version {SCHEMA_VERSION}: ingest into a new database, or drop this one"
    ))
}

/// Create the database and every table on every shard where missing, and
/// check a database korpus wrote before has this schema version.
pub fn ensure(cluster: &Cluster) -> Result<(), ClusterError> {
    let db = &cluster.address.database;
    for server in cluster.every_server() {
        match stored_version(cluster, server)? {
            Some(SCHEMA_VERSION) => {}
            Some(found) => return Err(version_mismatch(server, db, found)),
            None => {
                cluster.http.execute(server, &format!("CREATE DATABASE IF NOT EXISTS {db}"))?;
                for table in TABLES {
                    cluster.http.execute(server, &create_local(cluster, table))?;
                }
                if let Some(name) = &cluster.address.cluster {
                    for table in TABLES {
                        if let Some(sql) = create_distributed(cluster, table, name) {
                            cluster.http.execute(server, &sql)?;
                        }
                    }
                }
                cluster
                    .http
                    .execute(server, &format!("INSERT INTO {db}.meta VALUES ('schema_version', '{SCHEMA_VERSION}')"))?;
            }
        }
    }
    Ok(())
}

/// Check the database is there with this schema version (for reading).
pub fn check(cluster: &Cluster) -> Result<(), ClusterError> {
    let (server, version) = cluster.on_query_server(|server| Ok((server.clone(), stored_version(cluster, server)?)))?;
    match version {
        Some(SCHEMA_VERSION) => Ok(()),
        Some(found) => Err(version_mismatch(&server, &cluster.address.database, found)),
        None => Err(ClusterError::Schema(format!(
            "no korpus corpus in database {} on ClickHouse server {server}: write one with \
             `korpus index --corpus PATH --to {}`",
            cluster.address.database,
            cluster.address.display_name()
        ))),
    }
}
