use super::*;

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn a_write_replaces_the_file_whole_and_leaves_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.json");
    fs::write(&target, "old").unwrap();
    write_atomic(&target, Existing::Replace, |w| w.write_all(b"new contents")).unwrap();
    assert_eq!(fs::read_to_string(&target).unwrap(), "new contents");
    assert_eq!(names_in(dir.path()), ["out.json"]);
}

#[test]
fn a_failed_write_leaves_the_old_file_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.json");
    fs::write(&target, "old").unwrap();
    let result = write_atomic(&target, Existing::Replace, |w| {
        w.write_all(&[b'x'; 100_000])?;
        Err(io::Error::other("disk full"))
    });
    assert!(result.is_err());
    assert_eq!(fs::read_to_string(&target).unwrap(), "old");
    assert_eq!(names_in(dir.path()), ["out.json"]);
}

#[test]
fn refuse_keeps_an_existing_file_a_symlink_and_a_dangling_symlink() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("file");
    fs::write(&file, "keep").unwrap();
    let err = write_atomic(&file, Existing::Refuse, |w| w.write_all(b"x")).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
    assert_eq!(fs::read_to_string(&file).unwrap(), "keep");
    #[cfg(unix)]
    {
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        let dangling = dir.path().join("dangling");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
        for path in [&link, &dangling] {
            let err = write_atomic(path, Existing::Refuse, |w| w.write_all(b"x")).unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        }
        assert!(!dir.path().join("nowhere").exists(), "a dangling link is not written through");
        assert_eq!(fs::read_to_string(&file).unwrap(), "keep");
    }
    assert_eq!(names_in(dir.path()).iter().filter(|n| n.ends_with(".tmp")).count(), 0);
}

#[test]
fn refuse_also_holds_for_a_file_created_while_writing() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("late");
    let result = write_atomic(&target, Existing::Refuse, |w| {
        fs::write(&target, "someone else's")?;
        w.write_all(b"ours")
    });
    assert_eq!(result.unwrap_err().kind(), io::ErrorKind::AlreadyExists);
    assert_eq!(fs::read_to_string(&target).unwrap(), "someone else's");
    assert_eq!(names_in(dir.path()), ["late"]);
}

#[cfg(unix)]
#[test]
fn replace_puts_a_file_where_a_symlink_was_and_never_writes_through_it() {
    let dir = tempfile::tempdir().unwrap();
    let precious = dir.path().join("precious");
    fs::write(&precious, "keep").unwrap();
    let link = dir.path().join("link");
    std::os::unix::fs::symlink(&precious, &link).unwrap();
    write_atomic(&link, Existing::Replace, |w| w.write_all(b"export")).unwrap();
    assert!(!fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(fs::read_to_string(&link).unwrap(), "export");
    assert_eq!(fs::read_to_string(&precious).unwrap(), "keep");
}

#[cfg(unix)]
#[test]
fn a_new_file_gets_the_usual_mode_not_a_private_one() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out");
    write_atomic(&target, Existing::Refuse, |w| w.write_all(b"x")).unwrap();
    let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    // 0666 less whatever umask the test runs under; at least the owner reads and writes
    assert_eq!(mode & 0o600, 0o600);
    assert_eq!(mode & !0o666, 0);
}

#[test]
fn leftover_temporary_files_of_the_target_alone_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("review.json");
    fs::write(dir.path().join(".review.json.AbC123.tmp"), "torn").unwrap();
    fs::write(dir.path().join(".other.json.AbC123.tmp"), "not ours").unwrap();
    fs::write(&target, "{}").unwrap();
    remove_leftover_temps(&target);
    assert_eq!(names_in(dir.path()), [".other.json.AbC123.tmp", "review.json"]);
}

#[test]
fn a_lock_keeps_a_second_holder_out_until_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.lock");
    let lock = FileLock::acquire(&path).unwrap();
    let other = fs::OpenOptions::new().write(true).open(&path).unwrap();
    assert!(matches!(other.try_lock(), Err(fs::TryLockError::WouldBlock)));
    drop(lock);
    other.try_lock().unwrap();
}

#[cfg(unix)]
#[test]
fn a_lock_file_that_is_a_symlink_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = dir.path().join("elsewhere");
    let path = dir.path().join("x.lock");
    std::os::unix::fs::symlink(&elsewhere, &path).unwrap();
    assert!(FileLock::acquire(&path).is_err());
    assert!(!elsewhere.exists());
}

#[cfg(unix)]
#[test]
fn symlinks_resolve_through_chains_relative_targets_and_dangling_ends() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("sub").join("real.json");
    fs::create_dir(dir.path().join("sub")).unwrap();
    fs::write(&real, "{}").unwrap();
    symlink("sub/real.json", dir.path().join("a")).unwrap();
    symlink(dir.path().join("a"), dir.path().join("b")).unwrap();
    assert_eq!(resolve_symlinks(&dir.path().join("b")).unwrap(), dir.path().join("sub/real.json"));
    symlink("not-yet.json", dir.path().join("dangling")).unwrap();
    assert_eq!(resolve_symlinks(&dir.path().join("dangling")).unwrap(), dir.path().join("not-yet.json"));
    assert_eq!(resolve_symlinks(&real).unwrap(), real);
    symlink("loop2", dir.path().join("loop1")).unwrap();
    symlink("loop1", dir.path().join("loop2")).unwrap();
    assert!(resolve_symlinks(&dir.path().join("loop1")).is_err());
}

#[test]
fn the_stable_hash_is_fnv1a_as_korpus_always_named_review_files() {
    // review files written by earlier versions are found by these names
    assert_eq!(format!("{:016x}", stable_hash(b"seeds")), "5af1ac301b4ae16d");
    assert_eq!(format!("{:016x}", stable_hash(b"/srv/news")), "8520ec91027f0f1b");
}

#[test]
fn quoting_makes_every_hazard_visible_text_and_keeps_letters() {
    let hostile = "a\u{1b}]2;PWNED\u{7}b\u{9b}c\u{202e}d\u{200b}e\"f\\g\nh";
    let q = quote(hostile);
    assert_eq!(q, r#""a\u{1b}]2;PWNED\u{7}b\u{9b}c\u{202e}d\u{200b}e\"f\\g\nh""#);
    assert!(q.chars().all(|c| !c.is_control()));
    assert_eq!(quote("पुतिन/Лавров 1.txt"), "\"पुतिन/Лавров 1.txt\"");
}

#[test]
fn an_error_never_names_the_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("no-such-folder").join("out.csv");
    let error = write_atomic(&target, Existing::Replace, |w| w.write_all(b"x")).unwrap_err();
    assert_eq!(error.kind(), io::ErrorKind::NotFound);
    let message = error.to_string();
    assert!(!message.contains(".tmp") && !message.contains(".out.csv."), "{message}");
}
