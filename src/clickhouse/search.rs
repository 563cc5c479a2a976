//! Search ranked on the shards first: each shard sends only its best lines
//! for a query, by a bound on korpus's score computed in SQL, and korpus
//! ranks the union with its own matcher. The bound never underestimates, so
//! korpus can tell when the union surely holds the true best `limit` hits,
//! and asks a shard for more only when it cannot.
//!
//! The score of a line is the sum of its terms' scores plus 12 for a title
//! (`HitKind::bonus`). An exact, prefix, suffix or whole-key term scores
//! `16 × length + 8` wherever it matches. A fuzzy term (nucleo-matcher,
//! fzf's algorithm) scores per matched letter 16 plus a bonus of at most 10
//! (10 after whitespace or at the start, 9 after `/,:;|`, 8 after other
//! punctuation, 5 for camelCase or a digit after a non-digit, 4 inside a
//! run of matched letters, which carries its first letter's bonus), the
//! first letter's bonus counted twice, minus 3 for each gap and 1 for each
//! further letter of it. So a needle of `n` letters scores at most
//! `26n + 10`, reached only when it stands whole at a word's start; and
//! when every way of matching it leaves a gap of more than `g` letters,
//! at most `26n + 7 − g`. Regular expressions on the key say which case
//! holds (`bound_sql`), with no need to find the best alignment in SQL.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use super::ingest::sql_string;
use super::rowbinary::RowReader;
use super::{Cluster, ClusterError, Endpoint};
use crate::search::{CandidateLine, Engine, HitKind, Query, Term, TermKind};

/// Gaps (letters skipped) a fuzzy term's bound is refined by: a key matched
/// only with a larger gap than each scores at most `26n + 7 − g`. Not 29
/// as well: re2 runs `l.{0,29}a.{0,29}v…` letter by letter through its NFA
/// (80–100 µs a key, 12 times the rest of the bound at 100,000 articles),
/// and on the generated corpus it never moved a shard's cut.
const GAP_STEPS: [usize; 2] = [2, 9];

/// The SQL condition a key meets exactly when korpus's matcher scores it:
/// every positive term matches and no negated one does.
pub(super) fn matches_sql(query: &Query, column: &str) -> String {
    let conditions: Vec<String> = query
        .terms
        .iter()
        .map(|term| {
            let condition = term_matches_sql(term, column);
            if term.negated { format!("NOT ({condition})") } else { condition }
        })
        .collect();
    if conditions.is_empty() { "1".into() } else { conditions.join(" AND ") }
}

fn term_matches_sql(term: &Term, column: &str) -> String {
    let key = if term.case_sensitive { column.to_owned() } else { format!("lower({column})") };
    let needle = sql_string(&term.needle);
    match term.kind {
        TermKind::Fuzzy => {
            // a subsequence: every letter, in order, anything between
            let pattern: String = term.needle.chars().map(|c| format!("%{}", like_escaped(c))).collect();
            format!("like({key}, '{}%')", sql_string(&pattern))
        }
        TermKind::Exact if term.case_sensitive => format!("position({column}, '{needle}') > 0"),
        TermKind::Exact => format!("positionCaseInsensitive({column}, '{needle}') > 0"),
        TermKind::Prefix => format!("startsWith({key}, '{needle}')"),
        TermKind::Suffix => format!("endsWith({key}, '{needle}')"),
        TermKind::Whole => format!("{key} = '{needle}'"),
    }
}

/// `LIKE` pattern text for one character: `%`, `_` and `\` taken literally.
fn like_escaped(c: char) -> String {
    if matches!(c, '%' | '_' | '\\') { format!("\\{c}") } else { c.to_string() }
}

/// A regular expression matching the character literally.
fn regex_escaped(c: char) -> String {
    if c.is_ascii_alphanumeric() { c.to_string() } else { format!("\\{c}") }
}

/// SQL for an upper bound of the score korpus's matcher gives a line
/// (`kind` and `key` columns), or `None` when there is none worth having
/// (the skim engine scores differently).
pub(super) fn bound_sql(query: &Query) -> Option<String> {
    if query.engine != Engine::Nucleo {
        return None;
    }
    let mut parts: Vec<String> = query
        .terms
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.negated)
        .map(|(number, term)| term_bound_sql(term, number))
        .collect();
    parts.push(format!("if(kind = {}, {}, 0)", super::ingest::kind_code(HitKind::Title), HitKind::Title.bonus()));
    Some(format!("toUInt32({})", parts.join(" + ")))
}

/// The bound of one positive term (`number` names its SQL aliases).
fn term_bound_sql(term: &Term, number: usize) -> String {
    let n = term.needle.len();
    if term.kind != TermKind::Fuzzy {
        return (16 * n + 8).to_string();
    }
    let most = 26 * n + 10;
    // a needle that is not all letters and digits may bring its own word starts: no refinement
    if !term.needle.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return most.to_string();
    }
    let (key, other) = if term.case_sensitive { ("key", "[^A-Za-z0-9]") } else { ("lower(key)", "[^a-z0-9]") };
    let letters: Vec<String> = term.needle.chars().map(regex_escaped).collect();
    let whole_at_word_start = format!("match({key}, '(^|{other}){}')", sql_string(&letters.concat()));
    if n == 1 {
        // not at a word's start: a bonus of at most 5, counted twice
        return format!("multiIf({whole_at_word_start}, {most}, {})", 21 * n + 5);
    }
    // Not whole at a word's start. One run of letters elsewhere: at most 5
    // a letter (21n + 5). With gaps: per letter 16, plus 10 when its run
    // may begin at a word's start, else 5; the first letter's bonus once
    // more; minus 3 for each gap (a pair of neighbours found together
    // nowhere in the key forces one) and the letters of the longest gap.
    // The matcher's score never falls below 0 in a long gap and counts on
    // from there, so what letters k.. alone can score bounds it too.
    let together = |i: usize| format!("position({key}, '{}') > 0", sql_string(&term.needle[i..i + 2]));
    let alias = |what: &str, i: usize| format!("korpus_{what}{number}_{i}");
    // A letter at a word's start begins one of the key's runs of letters, so for
    // a needle of letters the runs' initials, split out once a key, answer every
    // letter: a third cheaper than a regular expression a letter (a letter after
    // a digit counts too, which only loosens the bound).
    let initials = format!("korpus_initials{number}");
    let word_start = |i: usize| {
        if !term.needle.bytes().all(|b| b.is_ascii_alphabetic()) {
            format!("match({key}, '(^|{other}){}')", sql_string(&letters[i]))
        } else if i == 0 {
            format!(
                "position((arrayStringConcat(arrayMap(korpus_run -> substring(korpus_run, 1, 1), alphaTokens({key}))) \
                 AS {initials}), '{}') > 0",
                sql_string(&letters[0])
            )
        } else {
            format!("position({initials}, '{}') > 0", sql_string(&letters[i]))
        }
    };
    // a run holding letter i may begin at a word's start: some letter j <= i
    // stands at one, and every pair from j to i is found together
    let mut bonuses = Vec::with_capacity(n);
    for i in 0..n {
        let reach = if i == 0 {
            word_start(0)
        } else {
            let pair = format!("(({}) AS {})", together(i - 1), alias("pair", i - 1));
            format!("{} OR ({pair} AND {})", word_start(i), alias("reach", i - 1))
        };
        bonuses.push(format!("if((({reach}) AS {}), 10, 5)", alias("reach", i)));
    }
    // letters k.. after the score fell to 0: each 16 and its bonus, 3 less for each pair apart among them
    let mut suffixes = Vec::with_capacity(n - 1);
    for k in (1..n).rev() {
        let rest = if k + 1 < n {
            format!(" + {} - 3 * (1 - {})", alias("suffix", k + 1), alias("pair", k))
        } else {
            String::new()
        };
        suffixes.push(format!("(toInt64(16 + {}{rest}) AS {})", bonuses[k], alias("suffix", k)));
    }
    let spaced = |gap: usize| {
        let pattern = letters.join(&format!(".{{0,{gap}}}"));
        format!("match({key}, '{}')", sql_string(&pattern))
    };
    // every way of matching skips more than `gap` letters at once somewhere: that gap costs `gap` more
    let tiers: String = GAP_STEPS
        .iter()
        .enumerate()
        .map(|(tier, &gap)| format!("{}, {}, ", spaced(gap), if tier == 0 { 0 } else { GAP_STEPS[tier - 1] }))
        .collect();
    let longest_gap = format!("multiIf({tiers}{})", GAP_STEPS[GAP_STEPS.len() - 1]);
    let pairs_apart: Vec<String> = (0..n - 1).map(|i| format!("(1 - {})", alias("pair", i))).collect();
    // at least one gap: 3 more when every pair is found together somewhere
    let no_pair_apart = format!("({} = 0)", pairs_apart.join(" + "));
    let whole = format!(
        "{} + {} + {} + if({}, 10, 5) - 3 * (1 - {}) - 3 * {no_pair_apart} - {longest_gap}",
        alias("suffix", 1),
        16,
        bonuses[0],
        alias("reach", 0),
        alias("pair", 0)
    );
    let one_run = format!("if(position({key}, '{}') > 0, {}, 0)", sql_string(&term.needle), 21 * n + 5);
    // 18.16's greatest takes two arguments
    let best = suffixes.into_iter().fold(format!("greatest({one_run}, {whole})"), |a, b| format!("greatest({a}, {b})"));
    format!("multiIf({whole_at_word_start}, {most}, {best})")
}

/// The first tier of a search: the lines where every positive term's needle
/// begins a word of the key, found in the `words` table by a range of its
/// order instead of a scan of every key. For a query of fuzzy terms of
/// lower-case letters and digits (and no negation) such a line's bound is
/// `S = Σ (26n + 10)` (12 more for a title), and any other matching line's
/// at most `S − 3 + 12`: one of its terms is not whole at a word's start.
/// So when the best `limit` hits of the tier beat that, no scan is needed.
pub(super) struct WordTier {
    /// Per term: the range of words it begins, as SQL on `word`.
    ranges: Vec<String>,
    /// `S`, the bound of a line of the tier that is not a title.
    sum: u32,
}

/// The word tier of a query, when it has one.
pub(super) fn word_tier(query: &Query) -> Option<WordTier> {
    if query.engine != Engine::Nucleo || query.terms.iter().any(|t| t.negated) || query.terms.is_empty() {
        return None;
    }
    let mut ranges = Vec::with_capacity(query.terms.len());
    let mut sum = 0u32;
    for term in &query.terms {
        let needle = term.needle.as_bytes();
        let plain = needle.iter().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        if term.kind != TermKind::Fuzzy || !plain || needle.is_empty() || needle.len() > super::ingest::WORD_PREFIX {
            return None;
        }
        // the words from the needle up to (not with) the needle with its last byte one higher
        let mut above = needle.to_vec();
        if let Some(last) = above.last_mut() {
            *last += 1;
        }
        let above = String::from_utf8(above).ok()?;
        ranges.push(format!("(word >= '{}' AND word < '{}')", term.needle, sql_string(&above)));
        sum += 26 * needle.len() as u32 + 10;
    }
    Some(WordTier { ranges, sum })
}

impl WordTier {
    /// The bound of a title of the tier.
    fn title_bound(&self) -> u32 {
        self.sum + HitKind::Title.bonus()
    }

    /// What a line outside the tier is bounded by (a title missing one word start).
    fn outside_bound(&self) -> u32 {
        self.title_bound() - 3
    }

    /// The tier's lines of one shard, best bound first (titles, then corpus
    /// order), at most `limit`: their (article, unit), whether there were more,
    /// and the last one's kind code.
    fn lines_sql(&self, words_table: &str, scope: &str, limit: usize) -> String {
        let title = super::ingest::kind_code(HitKind::Title);
        let having: Vec<String> = self.ranges.iter().map(|r| format!("max({r}) = 1")).collect();
        format!(
            "SELECT article, unit, any(kind) AS line_kind FROM {words_table} WHERE ({}) AND {scope} \
             GROUP BY article, unit HAVING {} ORDER BY line_kind = {title} DESC, article ASC, unit ASC \
             LIMIT {limit} FORMAT JSONCompact",
            self.ranges.join(" OR "),
            having.join(" AND ")
        )
    }

    /// Where a shard's cut lies when it sent these tier lines, the last of
    /// them `last` (article, kind code), and held `more` besides: a title of
    /// the tier left out comes after the last title sent; nothing else left
    /// out can bound above [`Self::outside_bound`].
    fn cut(&self, last: Option<(u32, u8)>, more: bool) -> (u32, u32) {
        match last {
            Some((article, kind)) if more && kind == super::ingest::kind_code(HitKind::Title) => {
                (self.title_bound(), article)
            }
            // the same bound in any article may be left out: only a higher score is safe
            _ => (self.outside_bound(), 0),
        }
    }
}

#[derive(serde::Deserialize)]
struct TierAnswer {
    data: Vec<(u32, u32, u8)>,
    rows_before_limit_at_least: Option<u64>,
}

/// The word tier's lines of one shard: their (article, unit) from `words`,
/// then the lines themselves from `lines`, by primary key.
pub(super) fn tier_lines(
    cluster: &Cluster,
    shard: usize,
    tier: &WordTier,
    tables: (&str, &str),
    scope: &str,
    limit: usize,
    settings: &[(&str, &str)],
) -> Result<ShardLines, ClusterError> {
    let (words_table, lines_table) = tables;
    cluster.on_shard(shard, |server| {
        let bytes = cluster.http.query(server, &tier.lines_sql(words_table, scope, limit), settings)?;
        let answer: TierAnswer = serde_json::from_slice(&bytes).map_err(|e| bad_json(server, &bytes, e))?;
        let sent = answer.data.len() as u64;
        let more = answer.rows_before_limit_at_least.unwrap_or(sent) > sent;
        let cut = tier.cut(answer.data.last().map(|&(article, _, kind)| (article, kind)), more);
        if answer.data.is_empty() {
            return Ok(ShardLines { shard, lines: Vec::new(), matched: 0, cut: Some(cut) });
        }
        let articles: Vec<String> = answer.data.iter().map(|(article, _, _)| article.to_string()).collect();
        let pairs: Vec<String> = answer.data.iter().map(|(article, unit, _)| format!("({article}, {unit})")).collect();
        let sql = format!(
            "SELECT article, unit, kind, start, end, key FROM {lines_table} WHERE article IN ({}) \
             AND (article, unit) IN ({}) FORMAT RowBinary",
            articles.join(", "),
            pairs.join(", ")
        );
        let bytes = cluster.http.query(server, &sql, settings)?;
        let mut lines = decode_all(server, shard, &bytes)?;
        lines.matched = 0;
        lines.cut = Some(cut);
        Ok(lines)
    })
}

/// How many lines of a shard match (`scope AND matches`).
pub(super) fn count_sql(lines_table: &str, filter: &str) -> String {
    format!("SELECT count() FROM {lines_table} WHERE {filter}")
}

fn bad_json(server: &Endpoint, bytes: &[u8], e: serde_json::Error) -> ClusterError {
    match super::http::trailing_exception(bytes) {
        Some(message) => ClusterError::Server { server: server.to_string(), message },
        None => ClusterError::Protocol { server: server.to_string(), detail: e.to_string() },
    }
}

/// One shard's answer to one round.
pub(super) struct ShardLines {
    pub shard: usize,
    /// (article, unit, line), best bound first (then corpus order) when limited.
    pub lines: Vec<(u32, u32, CandidateLine)>,
    /// Lines of the shard that match, sent or not.
    pub matched: u64,
    /// When lines were left out: the bound and article of the last one sent
    /// (everything left out has a lower bound, or the same and a later place).
    pub cut: Option<(u32, u32)>,
}

/// What a round asks every shard.
pub(super) struct Round<'a> {
    pub cluster: &'a Cluster,
    pub lines_table: &'a str,
    /// `scope AND matches`.
    pub filter: &'a str,
    pub bound: Option<&'a str>,
    /// Lines per shard, or all of them.
    pub limit: Option<usize>,
    pub query_id: &'a str,
    pub ask: Ask,
}

/// What a round asks each shard.
#[derive(Clone)]
pub(super) enum Ask {
    /// Its best `limit` lines by the bound, or every matching line.
    Lines,
    /// Its best `limit` lines of the word tier (`words` table, `scope`).
    Tier { tier: Arc<WordTier>, words_table: String, scope: String },
    /// How many lines match, in `matched` (no lines).
    Count,
}

impl Round<'_> {
    fn sql(&self) -> String {
        let columns = "article, unit, kind, start, end, key";
        match (self.bound, self.limit) {
            (Some(bound), Some(limit)) => format!(
                "SELECT {columns}, {bound} AS bound FROM {} WHERE {} \
                 ORDER BY bound DESC, article ASC, unit ASC LIMIT {limit} FORMAT JSONCompact",
                self.lines_table, self.filter
            ),
            _ => format!("SELECT {columns} FROM {} WHERE {} FORMAT RowBinary", self.lines_table, self.filter),
        }
    }

    /// Ask these shards at once; `each` gets every answer as it arrives.
    /// `Ok(false)` when cancelled (the shards' queries are killed).
    pub fn run(
        &self,
        shards: &[usize],
        cancel: &AtomicBool,
        each: &mut dyn FnMut(Result<ShardLines, (usize, ClusterError)>),
    ) -> bool {
        let sql = match self.ask {
            Ask::Count => count_sql(self.lines_table, self.filter),
            _ => self.sql(),
        };
        let (sender, answers) = mpsc::channel();
        for &shard in shards {
            let (cluster, sql, sender, ask) = (self.cluster.clone(), sql.clone(), sender.clone(), self.ask.clone());
            let (limit, query_id) = (self.limit.filter(|_| self.bound.is_some()), self.query_id.to_owned());
            let (lines_table, tier_limit) = (self.lines_table.to_owned(), self.limit.unwrap_or(usize::MAX));
            // a thread per shard, not waited for: a cancelled one ends when its query is killed
            std::thread::spawn(move || {
                let settings = [("query_id", query_id.as_str()), ("replace_running_query", "1")];
                let answer = match &ask {
                    Ask::Tier { tier, words_table, scope } => {
                        let tables = (words_table.as_str(), lines_table.as_str());
                        tier_lines(&cluster, shard, tier, tables, scope, tier_limit, &settings)
                    }
                    Ask::Count => cluster.on_shard(shard, |server| {
                        let text = cluster.http.query(server, &sql, &settings)?;
                        let matched =
                            String::from_utf8_lossy(&text).trim().parse().map_err(|_| ClusterError::Protocol {
                                server: server.to_string(),
                                detail: "a count that is no number".into(),
                            })?;
                        Ok(ShardLines { shard, lines: Vec::new(), matched, cut: None })
                    }),
                    Ask::Lines => cluster.on_shard(shard, |server| {
                        let bytes = cluster.http.query(server, &sql, &settings)?;
                        match limit {
                            Some(_) => decode_ranked(server, shard, &bytes),
                            None => decode_all(server, shard, &bytes),
                        }
                    }),
                }
                .map_err(|e| (shard, e));
                let _ = sender.send(answer);
            });
        }
        drop(sender);
        let mut waiting = shards.len();
        while waiting > 0 {
            if cancel.load(Ordering::Relaxed) {
                // the servers would otherwise scan on for answers nobody reads
                for server in shards.iter().filter_map(|&shard| self.cluster.shards.get(shard)).flatten() {
                    let _ = self.cluster.http.kill_query(server, self.query_id);
                }
                return false;
            }
            match answers.recv_timeout(Duration::from_millis(20)) {
                Ok(answer) => {
                    waiting -= 1;
                    each(answer);
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
        true
    }
}

#[derive(serde::Deserialize)]
struct RankedAnswer {
    data: Vec<(u32, u32, u8, u32, u32, String, u32)>,
    rows_before_limit_at_least: Option<u64>,
}

fn decode_ranked(server: &Endpoint, shard: usize, bytes: &[u8]) -> Result<ShardLines, ClusterError> {
    let answer: RankedAnswer = serde_json::from_slice(bytes).map_err(|e| bad_json(server, bytes, e))?;
    let sent = answer.data.len() as u64;
    let matched = answer.rows_before_limit_at_least.unwrap_or(sent).max(sent);
    let cut = if matched > sent { answer.data.last().map(|row| (row.6, row.0)) } else { None };
    let lines = answer
        .data
        .into_iter()
        .map(|(article, unit, kind, start, end, key, _)| {
            (article, unit, CandidateLine { article, start, end, kind: super::store::hit_kind_of(kind), key })
        })
        .collect();
    Ok(ShardLines { shard, lines, matched, cut })
}

fn decode_all(server: &Endpoint, shard: usize, bytes: &[u8]) -> Result<ShardLines, ClusterError> {
    let mut reader = RowReader::new(bytes);
    let mut lines = Vec::new();
    while !reader.is_done() {
        let row = (|| {
            let (article, unit, kind) = (reader.u32()?, reader.u32()?, super::store::hit_kind_of(reader.u8()?));
            let (start, end, key) = (reader.u32()?, reader.u32()?, reader.string()?);
            Ok((article, unit, CandidateLine { article, start, end, kind, key }))
        })();
        lines.push(row.map_err(|e| ClusterError::bad_answer(server, bytes, e))?);
    }
    Ok(ShardLines { shard, matched: lines.len() as u64, lines, cut: None })
}

/// True when nothing a shard left out can be among the best `limit` hits:
/// the last of them (`score`, in `article`) beats every bound left out.
pub(super) fn cut_is_safe(cut: (u32, u32), last_hit: Option<(i64, usize)>) -> bool {
    let (bound, cut_article) = cut;
    match last_hit {
        None => false,
        // left out: a lower bound, or the same bound in a later article than the last one sent
        Some((score, article)) => {
            score > i64::from(bound) || (score == i64::from(bound) && cut_article as usize > article)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Scratch;

    /// The bound in Rust, as `bound_sql` computes it in SQL, for a key of a text line.
    fn bound_of(query: &Query, key: &str) -> u32 {
        query.terms.iter().filter(|t| !t.negated).map(|term| term_bound(term, key)).sum::<i64>() as u32
    }

    fn term_bound(term: &Term, key: &str) -> i64 {
        let n = term.needle.len() as i64;
        if term.kind != TermKind::Fuzzy {
            return 16 * n + 8;
        }
        if !term.needle.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return 26 * n + 10;
        }
        let hay = if term.case_sensitive { key.to_owned() } else { key.to_ascii_lowercase() };
        let (hay, needle) = (hay.as_bytes(), term.needle.as_bytes());
        let at_word_start = |at: usize| at == 0 || !hay[at - 1].is_ascii_alphanumeric();
        let whole = (0..hay.len()).any(|at| hay[at..].starts_with(needle) && at_word_start(at));
        if whole {
            return 26 * n + 10;
        }
        if n == 1 {
            return 21 * n + 5;
        }
        // as the SQL has it: for a needle of letters, the initials of the key's runs of letters
        let letters_only = needle.iter().all(u8::is_ascii_alphabetic);
        let begins_run = |at: usize| at == 0 || !hay[at - 1].is_ascii_alphabetic();
        let word_start = |c: u8| {
            (0..hay.len()).any(|at| hay[at] == c && if letters_only { begins_run(at) } else { at_word_start(at) })
        };
        let together = |i: usize| hay.windows(2).any(|w| w == &needle[i..i + 2]);
        let mut reach = vec![word_start(needle[0])];
        for i in 1..needle.len() {
            reach.push(word_start(needle[i]) || (together(i - 1) && reach[i - 1]));
        }
        let bonus = |r: bool| if r { 10 } else { 5 };
        let apart = |i: usize| i64::from(!together(i));
        // letters k.. alone, after the score fell to 0 in a gap
        let mut suffixes = vec![0; needle.len()];
        for k in (1..needle.len()).rev() {
            let rest = if k + 1 < needle.len() { suffixes[k + 1] - 3 * apart(k) } else { 0 };
            suffixes[k] = 16 + bonus(reach[k]) + rest;
        }
        let gaps = (0..needle.len() - 1).map(apart).sum::<i64>();
        let longest = match GAP_STEPS.iter().position(|&gap| within_gaps(hay, needle, gap)) {
            Some(0) => 0,
            Some(tier) => GAP_STEPS[tier - 1] as i64,
            None => GAP_STEPS[GAP_STEPS.len() - 1] as i64,
        };
        let whole = suffixes[1] + 16 + 2 * bonus(reach[0]) - 3 * apart(0) - 3 * i64::from(gaps == 0) - longest;
        let one_run = if hay.windows(needle.len()).any(|w| w == needle) { 21 * n + 5 } else { 0 };
        let with_gaps = suffixes[1..].iter().copied().fold(whole, i64::max);
        one_run.max(with_gaps)
    }

    /// The needle as a subsequence with at most `gap` letters between neighbours.
    fn within_gaps(hay: &[u8], needle: &[u8], gap: usize) -> bool {
        // where a match of the needle's first i letters can end, letter by letter
        let mut ends: Vec<bool> = hay.iter().map(|&h| h == needle[0]).collect();
        for &c in &needle[1..] {
            let mut last_end = None;
            let mut next = vec![false; hay.len()];
            for at in 0..hay.len() {
                if at > 0 && ends[at - 1] {
                    last_end = Some(at - 1);
                }
                next[at] = hay[at] == c && last_end.is_some_and(|end| at - end - 1 <= gap);
            }
            ends = next;
        }
        ends.contains(&true)
    }

    #[test]
    fn the_bound_is_never_below_the_matchers_score() {
        let keys = [
            "Lavrov said",
            "Sergei Lavrov",
            "the lavrov-ich",
            "xlavrov",
            "l a v r o v",
            "la vr ov",
            "lazy avenue vrooom over v",
            "l.a.v.r.o.v",
            "L-a-v-r-o-v and more",
            "leaves are very rarely over vast",
            "Moskva Kim Jong Un",
            "kimmoskva",
            "LaVrOv",
            "lAVROV lavrov",
            "some covid19 news",
            "a",
        ];
        let queries =
            ["lavrov", "Lavrov", "lv", "l", "a", "lavr ov", "moskva kim", "'lavrov", "^lav", "ov$", "19", "vid1"];
        let mut scratch = Scratch::default();
        for q in queries {
            let query = Query::parse(q);
            for key in keys {
                let Some(score) = query.score(&mut scratch, key, None) else { continue };
                let bound = bound_of(&query, key);
                assert!(bound >= score, "{q:?} on {key:?}: score {score} above the bound {bound}");
            }
        }
        // whole at a word's start after whitespace the bound is the score itself
        let query = Query::parse("lavrov");
        assert_eq!(query.score(&mut scratch, "Sergei Lavrov said", None), Some(bound_of(&query, "Sergei Lavrov said")));
    }

    /// Every line of the seeds, the 19-language set and generated articles,
    /// against queries typed a letter at a time (scattered matches abound).
    #[test]
    fn the_bound_holds_on_every_line_of_three_corpora() {
        let xlang = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/xlang/dev");
        let corpora = [
            crate::corpus::load_seeds(),
            crate::corpus::load_path(&xlang).expect("xlang loads"),
            crate::synth::corpus(400),
        ];
        let mut keys = Vec::new();
        for corpus in &corpora {
            for article in &corpus.articles {
                for (start, end, _) in crate::search::article_units(&article.text, article.title_span) {
                    keys.push(crate::lang::ascii_key_string(&article.text[start..end]));
                }
            }
        }
        let words = ["korea", "lavrov", "pyongyang", "Moskva", "kimjong", "sanctions", "x19"];
        let mut scratch = Scratch::default();
        let (mut scored, mut below_the_old_bound) = (0, 0);
        for word in words {
            for end in 1..=word.len() {
                let query = Query::parse(&word[..end]);
                let old = 26 * end as u32 + 7;
                for key in &keys {
                    let Some(score) = query.score(&mut scratch, key, None) else { continue };
                    let bound = bound_of(&query, key);
                    assert!(bound >= score, "{:?} on {key:?}: score {score} above the bound {bound}", &word[..end]);
                    scored += 1;
                    let by_gaps_alone = old - GAP_STEPS[GAP_STEPS.len() - 1] as u32;
                    below_the_old_bound += usize::from(end > 1 && bound < by_gaps_alone);
                }
            }
        }
        assert!(scored > 10_000, "{scored}");
        // the pairs and word starts prove many scattered matches far below what the gaps alone could
        assert!(below_the_old_bound > scored / 10, "{below_the_old_bound} of {scored}");
    }

    #[test]
    fn the_bound_separates_scattered_letters_from_a_word() {
        let query = Query::parse("lavrov");
        assert_eq!(bound_of(&query, "Sergei Lavrov"), 166);
        // l, then avrov 50 letters on: below a whole word, though no gap tier reaches that far
        assert!(bound_of(&query, "lemon trees grow in the orchid, by the river, and then avrov") < 166);
        assert!(bound_of(&query, "leaves are very rarely over vast") < 166);
        // k and o together at a word's start, then r, e and a apart and in words: 107, where the
        // longest gap alone gave 128; the matcher scores it 81
        let korea = Query::parse("korea");
        let scattered = "visesjnon ne siyol ki is yatra ko ksetr ki kutniti men bdlav btaya,";
        assert_eq!(bound_of(&korea, scattered), 80 + 35 + 10 - 9 - 9);
        assert_eq!(korea.score(&mut Scratch::default(), scattered, None), Some(81));
    }

    #[test]
    fn the_sql_matches_what_the_matcher_scores() {
        let query = Query::parse("lav 'ro !x ^S ov$");
        let sql = matches_sql(&query, "key");
        assert_eq!(
            sql,
            "like(lower(key), '%l%a%v%') AND positionCaseInsensitive(key, 'ro') > 0 AND NOT (positionCaseInsensitive(key, 'x') > 0) \
             AND startsWith(key, 'S') AND endsWith(lower(key), 'ov')"
        );
        let bound = bound_sql(&query).expect("nucleo");
        assert!(bound.contains("match(lower(key), '(^|[^a-z0-9])lav')"), "{bound}");
        assert!(
            bound.contains(
                "multiIf(match(lower(key), 'l.{0,2}a.{0,2}v'), 0, match(lower(key), 'l.{0,9}a.{0,9}v'), 2, 9)"
            ),
            "{bound}"
        );
        assert!(bound.contains("(position(lower(key), 'la') > 0) AS korpus_pair0_0"), "{bound}");
        assert!(bound.contains("if(position(lower(key), 'lav') > 0, 68, 0)"), "{bound}");
        #[cfg(feature = "skim-baseline")]
        assert!(bound_sql(&Query::parse_with("lav", Engine::Skim)).is_none());
    }

    #[test]
    fn a_cut_is_safe_only_below_the_last_hit() {
        assert!(cut_is_safe((150, 3), Some((166, 90))));
        assert!(cut_is_safe((166, 91), Some((166, 90))));
        assert!(!cut_is_safe((166, 90), Some((166, 90))));
        assert!(!cut_is_safe((170, 1), Some((166, 90))));
        assert!(!cut_is_safe((10, 1), None));
    }
}
