//! The walk of a corpus folder, and opening its files again to load them.
//! Every folder and file is opened relative to its parent folder's open
//! handle (`openat`), never by its whole path: the system walks a whole path
//! from its start again, so a chain of folders thousands of levels deep
//! cost time quadratic in its depth (and past 4,096 bytes of path could not
//! be opened at all).

use std::ffi::OsStr;
use std::fs;
use std::io;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use rustix::fs::{AtFlags, Mode, OFlags};

/// What the listing keeps of a file's status: enough to know later whether
/// it changed, and its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStat {
    pub size: u64,
    pub mtime_s: i64,
    pub mtime_ns: u32,
    pub ctime_s: i64,
    pub ctime_ns: u32,
    pub inode: u64,
    pub device: u64,
}

impl FileStat {
    pub fn of_metadata(meta: &fs::Metadata) -> FileStat {
        use std::os::unix::fs::MetadataExt;
        FileStat {
            size: meta.len(),
            mtime_s: meta.mtime(),
            mtime_ns: meta.mtime_nsec() as u32,
            ctime_s: meta.ctime(),
            ctime_ns: meta.ctime_nsec() as u32,
            inode: meta.ino(),
            device: meta.dev(),
        }
    }

    #[allow(clippy::unnecessary_cast, reason = "the types of struct stat's fields differ between targets")]
    fn of_stat(stat: &rustix::fs::Stat) -> FileStat {
        FileStat {
            size: stat.st_size as u64,
            mtime_s: stat.st_mtime as i64,
            mtime_ns: stat.st_mtime_nsec as u32,
            ctime_s: stat.st_ctime as i64,
            ctime_ns: stat.st_ctime_nsec as u32,
            inode: stat.st_ino as u64,
            device: stat.st_dev as u64,
        }
    }
}

/// A folder the walk went into: the first is the root.
#[derive(Debug)]
pub struct ListedDir {
    pub path: PathBuf,
    /// Index of the folder it is in ([`NO_DIR`] for the root).
    parent: u32,
    /// Levels below the root.
    depth: u32,
}

/// The folder of a file that is not in a walked folder (a corpus of one file).
pub const NO_DIR: u32 = u32::MAX;

/// A file the walk found worth listing.
pub(super) struct WalkedFile {
    pub path: PathBuf,
    /// Index of its folder in [`Walked::dirs`].
    pub dir: u32,
    pub stat: FileStat,
}

pub(super) struct Walked {
    pub dirs: Vec<ListedDir>,
    /// Sorted by path.
    pub files: Vec<WalkedFile>,
    pub warnings: Vec<super::LoadWarning>,
}

/// The article files under `root` with their status, sorted by path, and
/// what could not be listed. One pass over the tree, with no recursion (a
/// tree thousands of levels deep is fine) and each directory remembered by
/// device and inode, so a symlink back up the tree (or a second link to a
/// directory already walked) is reported and skipped in constant time.
/// `wanted` says which file names are articles.
pub(super) fn walk(root: &Path, wanted: impl Fn(&Path) -> bool) -> Walked {
    use super::LoadWarning;
    let mut walked = Walked {
        dirs: vec![ListedDir { path: root.to_path_buf(), parent: NO_DIR, depth: 0 }],
        files: Vec::new(),
        warnings: Vec::new(),
    };
    let mut visited: std::collections::HashSet<(u64, u64)> = std::collections::HashSet::new();
    let mut cursor = DirCursor::default();
    let mut pending: Vec<u32> = vec![0];
    while let Some(dir) = pending.pop() {
        let dirs = &walked.dirs;
        let here = &dirs[dir as usize];
        let cannot_read = |e: io::Error| LoadWarning {
            path: here.path.display().to_string(),
            line: None,
            reason: format!("cannot read directory: {e}"),
        };
        let handle = match cursor.dir(dirs, dir) {
            Ok(handle) => handle,
            Err(e) => {
                walked.warnings.push(cannot_read(e));
                continue;
            }
        };
        if let Ok(stat) = rustix::fs::fstat(handle) {
            let stat = FileStat::of_stat(&stat);
            if !visited.insert((stat.device, stat.inode)) {
                walked.warnings.push(LoadWarning {
                    path: super::load::relative_id(root, &here.path),
                    line: None,
                    reason: "directory already visited (symlink loop), skipped".into(),
                });
                continue;
            }
        }
        let entries = match rustix::fs::Dir::read_from(handle) {
            Ok(entries) => entries,
            Err(e) => {
                walked.warnings.push(cannot_read(e.into()));
                continue;
            }
        };
        let mut subdirs: Vec<PathBuf> = Vec::new();
        // a read error ends the folder's entries, as it did with std's read_dir
        for entry in entries.map_while(Result::ok) {
            let name = entry.file_name();
            if name.to_bytes().starts_with(b".") {
                continue;
            }
            let path = here.path.join(OsStr::from_bytes(name.to_bytes()));
            // a symlink is followed, from the folder it is in
            match rustix::fs::statat(handle, name, AtFlags::empty()) {
                Ok(stat) => {
                    let kind = rustix::fs::FileType::from_raw_mode(stat.st_mode);
                    if kind == rustix::fs::FileType::Directory {
                        subdirs.push(path);
                    } else if wanted(&path) && kind != rustix::fs::FileType::RegularFile {
                        walked.warnings.push(LoadWarning {
                            path: super::load::relative_id(root, &path),
                            line: None,
                            reason: super::load::NOT_REGULAR.into(),
                        });
                    } else if wanted(&path) {
                        walked.files.push(WalkedFile { path, dir, stat: FileStat::of_stat(&stat) });
                    }
                }
                Err(e) => walked.warnings.push(LoadWarning {
                    path: super::load::relative_id(root, &path),
                    line: None,
                    reason: format!("cannot open: {}", io::Error::from(e)),
                }),
            }
        }
        // last pushed is walked first: keep the order of a depth-first walk by name
        subdirs.sort_by(|a, b| b.cmp(a));
        let depth = here.depth + 1;
        for path in subdirs {
            pending.push(walked.dirs.len() as u32);
            walked.dirs.push(ListedDir { path, parent: dir, depth });
        }
    }
    walked.files.sort_by(|a, b| a.path.cmp(&b.path));
    walked
}

/// Handles kept open below the root, nearest first: a walk or a load in
/// path order comes back to the folders it just left.
const KEEP_NEAREST: usize = 8;
/// A folder at every this many levels keeps its handle while the walk is
/// below it, so a folder whose handle was let go is opened again from at
/// most this many levels above (a short relative path).
const ANCHOR_EVERY: u32 = 32;
/// At most this many such anchors are kept (a tree 8,192 levels deep): a
/// corpus must not run out of file handles, whatever its depth.
const MAX_ANCHORS: u32 = 256;

/// Open folders of a walk: the chain from the root to the last folder
/// opened, each with its handle while it is kept. Moving to a folder near
/// the last one opens only the folders between them, each relative to its
/// parent; the handles kept are bounded (the nearest few and one every
/// [`ANCHOR_EVERY`] levels).
#[derive(Default)]
pub(super) struct DirCursor {
    chain: Vec<(u32, Option<OwnedFd>)>,
}

impl DirCursor {
    /// A handle on folder `dir` of `dirs`.
    pub fn dir<'c>(&'c mut self, dirs: &[ListedDir], dir: u32) -> io::Result<BorrowedFd<'c>> {
        // climb from `dir` to the deepest folder it shares with the chain
        let mut missing = Vec::new();
        let mut at = dir;
        loop {
            let folder = dirs.get(at as usize).ok_or_else(|| io::Error::other("no such folder in the listing"))?;
            let depth = folder.depth as usize;
            if self.chain.get(depth).is_some_and(|(d, _)| *d == at) {
                self.chain.truncate(depth + 1);
                break;
            }
            missing.push(at);
            if folder.parent == NO_DIR {
                self.chain.clear();
                break;
            }
            at = folder.parent;
        }
        // the folder went back to may have let its handle go: its children follow
        if let Some(top) = self.chain.len().checked_sub(1)
            && self.chain[top].1.is_none()
        {
            let handle = self.open_at_level(dirs, top)?;
            self.chain[top].1 = Some(handle);
        }
        for folder in missing.into_iter().rev() {
            let handle = match self.chain.last() {
                Some((parent, Some(handle))) => open_dir_below(handle.as_fd(), dirs, *parent, folder)?,
                _ => open_dir(rustix::fs::CWD, &dirs[folder as usize].path)?,
            };
            self.chain.push((folder, Some(handle)));
            self.let_go(dirs);
        }
        match self.chain.last() {
            Some((_, Some(handle))) => Ok(handle.as_fd()),
            _ => Err(io::Error::other("the folder's handle was not kept")),
        }
    }

    /// Open a listed file: relative to its folder, or by its path when it is
    /// not in a walked folder.
    pub fn open_file(&mut self, dirs: &[ListedDir], dir: u32, path: &Path) -> io::Result<fs::File> {
        if dir == NO_DIR {
            return open_file_by_path(path);
        }
        let name = path.file_name().ok_or_else(|| io::Error::other("a listed file has no name"))?;
        let folder = self.dir(dirs, dir)?;
        Ok(fs::File::from(rustix::fs::openat(folder, name, OFlags::RDONLY | OFlags::CLOEXEC, Mode::empty())?))
    }

    /// Open the folder at `level` of the chain again, from the nearest
    /// folder above it whose handle is kept (the root's always is).
    fn open_at_level(&self, dirs: &[ListedDir], level: usize) -> io::Result<OwnedFd> {
        let folder = self.chain[level].0;
        match self.chain[..level].iter().rev().find_map(|(d, h)| h.as_ref().map(|h| (*d, h))) {
            Some((above, handle)) => open_dir_below(handle.as_fd(), dirs, above, folder),
            None => open_dir(rustix::fs::CWD, &dirs[folder as usize].path),
        }
    }

    /// Let go the handle that is no longer among the nearest kept, unless
    /// it is an anchor.
    fn let_go(&mut self, dirs: &[ListedDir]) {
        let Some(level) = self.chain.len().checked_sub(KEEP_NEAREST + 1) else { return };
        let depth = dirs[self.chain[level].0 as usize].depth;
        let anchor = depth.is_multiple_of(ANCHOR_EVERY) && depth / ANCHOR_EVERY < MAX_ANCHORS;
        if !anchor {
            self.chain[level].1 = None;
        }
    }

    /// How many handles are open (for tests).
    #[cfg(test)]
    fn handles(&self) -> usize {
        self.chain.iter().filter(|(_, h)| h.is_some()).count()
    }
}

/// Open folder `folder`, below folder `above` whose handle is `handle`.
fn open_dir_below(handle: BorrowedFd<'_>, dirs: &[ListedDir], above: u32, folder: u32) -> io::Result<OwnedFd> {
    open_dir(handle, path_below(&dirs[above as usize].path, &dirs[folder as usize].path))
}

/// `path` below `above`. The walk makes a path its folder's path and a
/// name, so the folder's is its first bytes: cut there in one step (by
/// components, each of thousands of levels cost as many comparisons).
pub(super) fn path_below<'p>(above: &Path, path: &'p Path) -> &'p Path {
    let (above_bytes, bytes) = (above.as_os_str().as_bytes(), path.as_os_str().as_bytes());
    match bytes.strip_prefix(above_bytes) {
        Some(rest) if above_bytes.ends_with(b"/") || rest.is_empty() || rest.starts_with(b"/") => {
            let rest = rest.strip_prefix(b"/").unwrap_or(rest);
            Path::new(OsStr::from_bytes(rest))
        }
        _ => path.strip_prefix(above).unwrap_or(path),
    }
}

/// The longest path the system opens in one call (`PATH_MAX` less its NUL).
const PATH_LIMIT: usize = 4095;

/// Open a file by its whole path, however long. The system refuses a path
/// of `PATH_MAX` bytes or more, though a walk lists such files (each folder
/// opened below the one before): a longer path is opened a part at a time,
/// each part a folder below the last, cut at a `/`.
pub(super) fn open_file_by_path(path: &Path) -> io::Result<fs::File> {
    let mut rest = path.as_os_str().as_bytes();
    if rest.len() <= PATH_LIMIT {
        return fs::File::open(path);
    }
    let mut folder: Option<OwnedFd> = None;
    while rest.len() > PATH_LIMIT {
        // the last `/` within the limit; one at 0 is the root of an absolute path
        let cut = match rest[..PATH_LIMIT].iter().rposition(|&b| b == b'/') {
            Some(0) | None => return Err(io::Error::from_raw_os_error(rustix::io::Errno::NAMETOOLONG.raw_os_error())),
            Some(cut) => cut,
        };
        let part = Path::new(OsStr::from_bytes(&rest[..cut]));
        let from = folder.as_ref().map_or(rustix::fs::CWD, |f| f.as_fd());
        folder = Some(open_dir(from, part)?);
        rest = &rest[cut + 1..];
    }
    let from = folder.as_ref().map_or(rustix::fs::CWD, |f| f.as_fd());
    let name = Path::new(OsStr::from_bytes(rest));
    Ok(fs::File::from(rustix::fs::openat(from, name, OFlags::RDONLY | OFlags::CLOEXEC, Mode::empty())?))
}

fn open_dir(from: BorrowedFd<'_>, path: &Path) -> io::Result<OwnedFd> {
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
    Ok(rustix::fs::openat(from, path, flags, Mode::empty())?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn txt(path: &Path) -> bool {
        path.extension().is_some_and(|e| e == "txt")
    }

    /// A chain of `levels` folders, each with an article `a.txt`.
    fn chain(root: &Path, levels: usize) {
        let mut dir = root.to_path_buf();
        for i in 0..levels {
            // the relative path keeps each call short of the system's path limit
            dir.push("d");
            fs::create_dir(&dir).unwrap();
            fs::write(dir.join("a.txt"), format!("article {i}")).unwrap();
        }
    }

    #[test]
    fn a_file_status_from_its_folder_is_the_one_std_reads() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "Lavrov in Moscow").unwrap();
        let walked = walk(dir.path(), txt);
        let file = &walked.files[0];
        assert_eq!(file.stat, FileStat::of_metadata(&fs::metadata(dir.path().join("a.txt")).unwrap()));
        assert_eq!(file.stat.size, 16);
    }

    #[test]
    fn a_deep_chain_is_walked_and_opened_with_few_handles_open() {
        let dir = tempfile::tempdir().unwrap();
        let levels = 300;
        chain(dir.path(), levels);
        let walked = walk(dir.path(), txt);
        assert!(walked.warnings.is_empty(), "{:?}", walked.warnings);
        assert_eq!(walked.files.len(), levels);
        let mut cursor = DirCursor::default();
        let mut most_open = 0;
        for (i, file) in walked.files.iter().enumerate() {
            let text = std::io::read_to_string(cursor.open_file(&walked.dirs, file.dir, &file.path).unwrap()).unwrap();
            assert_eq!(text, format!("article {i}"));
            most_open = most_open.max(cursor.handles());
        }
        // the nearest few, the root and an anchor every 32 levels
        assert!(most_open <= KEEP_NEAREST + 1 + levels / ANCHOR_EVERY as usize, "{most_open}");
        // going back up to a folder whose handle was let go opens it again
        let first = &walked.files[0];
        assert_eq!(
            std::io::read_to_string(cursor.open_file(&walked.dirs, first.dir, &first.path).unwrap()).unwrap(),
            "article 0"
        );
        let middle = &walked.files[levels / 2 + 3];
        let text = std::io::read_to_string(cursor.open_file(&walked.dirs, middle.dir, &middle.path).unwrap()).unwrap();
        assert_eq!(text, format!("article {}", levels / 2 + 3));
    }

    #[test]
    fn a_path_below_a_folder_is_cut_at_its_bytes() {
        for (above, path, below) in [
            ("corpus", "corpus/a/b.txt", "a/b.txt"),
            ("corpus/", "corpus/a/b.txt", "a/b.txt"),
            ("/", "/a", "a"),
            ("corpus", "corpus", ""),
            // not a folder of the path's: by components, as before
            ("corpus", "corpusx/a.txt", "corpusx/a.txt"),
            ("corpus/.", "corpus/./a", "a"),
        ] {
            assert_eq!(path_below(Path::new(above), Path::new(path)), Path::new(below), "{above} {path}");
        }
    }

    #[test]
    fn a_file_past_the_path_limit_is_opened_by_its_whole_path() {
        let dir = tempfile::tempdir().unwrap();
        // 24 folders of 200-byte names: a path of about 4,900 bytes, made
        // one folder below the other (the whole path is too long to create)
        let name = "n".repeat(200);
        let mut handle = open_dir(rustix::fs::CWD, dir.path()).unwrap();
        let mut path = dir.path().to_path_buf();
        for _ in 0..24 {
            rustix::fs::mkdirat(&handle, name.as_str(), Mode::from_raw_mode(0o755)).unwrap();
            handle = open_dir(handle.as_fd(), Path::new(&name)).unwrap();
            path.push(&name);
        }
        let file = rustix::fs::openat(&handle, "a.txt", OFlags::WRONLY | OFlags::CREATE, Mode::from_raw_mode(0o644));
        io::Write::write_all(&mut fs::File::from(file.unwrap()), b"deep article").unwrap();
        path.push("a.txt");
        assert!(path.as_os_str().len() > PATH_LIMIT);
        assert!(fs::File::open(&path).is_err(), "the system opens such a path after all: the test proves nothing");
        let text = io::read_to_string(open_file_by_path(&path).unwrap()).unwrap();
        assert_eq!(text, "deep article");
        // a missing file is an error, not a panic
        assert!(open_file_by_path(&path.with_file_name("none.txt")).is_err());
    }

    #[test]
    fn a_symlink_loop_is_walked_once() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("a/b")).unwrap();
        fs::write(dir.path().join("a/b/x.txt"), "Kim in Pyongyang").unwrap();
        std::os::unix::fs::symlink("..", dir.path().join("a/b/up")).unwrap();
        let walked = walk(dir.path(), txt);
        let names: Vec<_> = walked.files.iter().map(|f| f.path.strip_prefix(dir.path()).unwrap().to_owned()).collect();
        assert_eq!(names, [PathBuf::from("a/b/x.txt")]);
        let reasons: Vec<_> = walked.warnings.iter().map(|w| (w.path.as_str(), w.reason.as_str())).collect();
        assert_eq!(reasons, [("a/b/up", "directory already visited (symlink loop), skipped")]);
    }
}
