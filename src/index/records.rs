//! The fixed-width rows of the index file's tables, as they are in memory
//! (little-endian, `repr(C)`, no padding left undefined).

use bytemuck::{Pod, Zeroable};

/// One article. Its strings (id, then title, date, url and source when its
/// flags say so) are a run of length-prefixed strings in its block of the
/// article strings section, once decompressed, after those of the articles
/// before it in the block (found by skipping them: their flags say how many).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Pod, Zeroable)]
#[repr(C)]
pub struct ArticleRecord {
    /// Where the text is: the JSON Lines line's offset in its file, the
    /// offset in the texts section, or 0 for a whole text file.
    pub source_at: u64,
    /// Length of the text in bytes (an article is held whole while it is
    /// analysed, so one over 4 GiB is refused when the index is written).
    pub text_bytes: u32,
    /// CRC-32 of the text, to tell a source file changed since.
    pub text_crc: u32,
    /// The source file's number (see the sources section).
    pub file: u32,
    /// Index into the meta section's languages and scripts.
    pub language: u16,
    pub script: u8,
    pub flags: u8,
}

impl ArticleRecord {
    pub const TITLE: u8 = 1;
    pub const DATE: u8 = 2;
    pub const URL: u8 = 4;
    pub const SOURCE: u8 = 8;
    /// The text is a JSON Lines line at `source_at` in its file.
    pub const JSONL: u8 = 16;
    /// The text is in the index itself, at `source_at` in the texts section.
    pub const INLINE: u8 = 32;
    /// The language was detected in the text, not given by a JSON Lines
    /// record (an append takes it again for the same text; a given one,
    /// which may not be what detection finds, it may not).
    pub const LANGUAGE_DETECTED: u8 = 64;
    /// The title was derived from the text and reads back from it (see
    /// `Article::title_reads_back`): an append takes it again for the same
    /// text rather than deriving it again.
    pub const TITLE_DERIVED: u8 = 128;
}

/// One entity. Its strings (id, display name, then the count of variants
/// and each variant) are at `strings_at` in the entity strings section; the
/// `articles` articles that mention it are packed from byte `articles_at` of
/// the entity articles section (each as the step from the one before, then
/// its mention count, both varints).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Pod, Zeroable)]
#[repr(C)]
pub struct EntityRecord {
    pub strings_at: u64,
    pub articles_at: u64,
    pub mentions: u64,
    pub articles: u32,
    /// 0 person, 1 place, 2 organisation.
    pub kind: u32,
}

/// An article that mentions an entity: (article, mentions there), as read back.
pub type EntityArticle = [u32; 2];

/// One mention: (start, end, entity, kind as in [`EntityRecord`]), as read
/// back. Stored packed per article (the mention starts section holds byte
/// offsets): start as the step from the one before, length, and
/// `entity << 2 | kind`, each a varint.
pub type MentionRecord = [u32; 4];

/// What one corpus file looked like when it was indexed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Pod, Zeroable)]
#[repr(C)]
pub struct FileStamp {
    pub size: u64,
    pub mtime_s: i64,
    pub ctime_s: i64,
    pub inode: u64,
    pub device: u64,
    pub mtime_ns: u32,
    pub ctime_ns: u32,
}

impl FileStamp {
    pub fn of(stat: &crate::corpus::FileStat) -> FileStamp {
        FileStamp {
            size: stat.size,
            mtime_s: stat.mtime_s,
            ctime_s: stat.ctime_s,
            inode: stat.inode,
            device: stat.device,
            mtime_ns: stat.mtime_ns,
            ctime_ns: stat.ctime_ns,
        }
    }
}

pub fn kind_number(kind: crate::EntityKind) -> u32 {
    match kind {
        crate::EntityKind::Person => 0,
        crate::EntityKind::Location => 1,
        crate::EntityKind::Organization => 2,
    }
}

pub fn kind_of(number: u32) -> Option<crate::EntityKind> {
    match number {
        0 => Some(crate::EntityKind::Person),
        1 => Some(crate::EntityKind::Location),
        2 => Some(crate::EntityKind::Organization),
        _ => None,
    }
}
