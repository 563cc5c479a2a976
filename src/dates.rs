//! Dates: article dates as news feeds write them, turned into day numbers so
//! the TUI's list can sort and filter by date and its overview can count per
//! day (the text is kept as loaded; this only reads it), and korpus's own
//! time stamps written for people (RFC 3339, UTC).

/// Days since 1970-01-01 of a date written as ISO 8601 (`2024-06-19`,
/// `2024-06-19T10:00:00Z`, `2024-06`), with slashes (`2024/06/19`), or as
/// RFC 2822 (`Wed, 19 Jun 2024 10:00:00 GMT`). The time of day is ignored.
pub fn day_number(date: &str) -> Option<i64> {
    let date = date.trim();
    iso_day(date).or_else(|| rfc2822_day(date))
}

fn iso_day(date: &str) -> Option<i64> {
    let head: String = date.chars().take_while(|c| c.is_ascii_digit() || *c == '-' || *c == '/').collect();
    let mut parts = head.split(['-', '/']);
    let year: i64 = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let month: u32 = parts.next().map_or(Ok(1), str::parse).ok()?;
    let day: u32 = parts.next().filter(|d| !d.is_empty()).map_or(Ok(1), str::parse).ok()?;
    days_from_civil(year, month, day)
}

fn rfc2822_day(date: &str) -> Option<i64> {
    // `Wed, 19 Jun 2024 ...` or `19 Jun 2024`
    let rest = date.split_once(',').map_or(date, |(_, r)| r);
    let mut words = rest.split_whitespace();
    let day: u32 = words.next()?.parse().ok()?;
    let month = words.next()?.to_ascii_lowercase();
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let month = MONTHS.iter().position(|m| month.starts_with(m))? as u32 + 1;
    let year: i64 = words.next()?.parse().ok()?;
    days_from_civil(year, month, day)
}

/// Howard Hinnant's `days_from_civil`: the proleptic Gregorian calendar.
pub fn days_from_civil(year: i64, month: u32, day: u32) -> Option<i64> {
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || day > days_in_month(year, month) {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The (year, month, day) of a day number.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + (month <= 2) as i64, month, day)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `2024-06-19`.
pub fn format_day(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A time in milliseconds since 1970 as RFC 3339 in UTC, to the second
/// (`2026-12-01T18:44:17Z`), as the review exports show `updated_ms`.
pub fn rfc3339_utc(ms: u64) -> String {
    let seconds = (ms / 1000) as i64;
    let (day, second) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    format!("{}T{:02}:{:02}:{:02}Z", format_day(day), second / 3600, second / 60 % 60, second % 60)
}

/// Today's day number in UTC (the epoch's day if the clock is before it).
pub fn today_utc() -> i64 {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    (seconds / 86_400) as i64
}

/// A date or a range as a filter writes it: `2024-06-19`, `2024-06` (the
/// month), `2024` (the year), `2024-06-01..2024-06-30`, `2024-06-01..`
/// (from), `..2024-06-30` (until). Inclusive day numbers.
pub fn parse_range(text: &str) -> Option<(i64, i64)> {
    match text.split_once("..") {
        Some((from, to)) => {
            let from = if from.is_empty() { i64::MIN } else { period(from)?.0 };
            let to = if to.is_empty() { i64::MAX } else { period(to)?.1 };
            (from <= to).then_some((from, to))
        }
        None => period(text),
    }
}

/// The first and last day of a written year, month or day.
fn period(text: &str) -> Option<(i64, i64)> {
    let parts: Vec<&str> = text.split('-').collect();
    let year: i64 = parts.first().filter(|y| y.len() == 4)?.parse().ok()?;
    match parts.len() {
        1 => Some((days_from_civil(year, 1, 1)?, days_from_civil(year, 12, 31)?)),
        2 => {
            let month: u32 = parts[1].parse().ok()?;
            Some((days_from_civil(year, month, 1)?, days_from_civil(year, month, days_in_month(year, month))?))
        }
        3 => {
            let day = days_from_civil(year, parts[1].parse().ok()?, parts[2].parse().ok()?)?;
            Some((day, day))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_and_rfc2822_dates_give_the_same_day() {
        let day = day_number("2024-06-19").unwrap();
        assert_eq!(format_day(day), "2024-06-19");
        assert_eq!(day_number("2024-06-19T23:59:00+02:00"), Some(day));
        assert_eq!(day_number("Wed, 19 Jun 2024 10:00:00 GMT"), Some(day));
        assert_eq!(day_number("19 June 2024"), Some(day));
        assert_eq!(day_number("2024/06/19"), Some(day));
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2024-06"), day_number("2024-06-01"));
    }

    #[test]
    fn nonsense_is_no_date() {
        for bad in ["", "yesterday", "2024-13-01", "2023-02-29", "19.06.24", "Wed, 40 Jun 2024"] {
            assert_eq!(day_number(bad), None, "{bad}");
        }
        assert_eq!(day_number("2024-02-29").map(format_day).as_deref(), Some("2024-02-29"));
    }

    #[test]
    fn days_round_trip() {
        for days in [-800_000, -1, 0, 1, 19_893, 60_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), Some(days));
        }
    }

    #[test]
    fn milliseconds_read_as_rfc3339_utc_to_the_second() {
        assert_eq!(rfc3339_utc(0), "1970-01-01T00:00:00Z");
        // 2026-12-01T18:44:17.999Z: the milliseconds are dropped, not rounded up
        let day = days_from_civil(2026, 12, 1).unwrap() as u64;
        assert_eq!(rfc3339_utc((day * 86_400 + 18 * 3600 + 44 * 60 + 17) * 1000 + 999), "2026-12-01T18:44:17Z");
        assert_eq!(rfc3339_utc(951_782_400_000), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339_utc(86_400_000 - 1), "1970-01-01T23:59:59Z");
    }

    #[test]
    fn ranges_cover_days_months_years_and_open_ends() {
        let d = |s| day_number(s).unwrap();
        assert_eq!(parse_range("2024-06-19"), Some((d("2024-06-19"), d("2024-06-19"))));
        assert_eq!(parse_range("2024-02"), Some((d("2024-02-01"), d("2024-02-29"))));
        assert_eq!(parse_range("2024"), Some((d("2024-01-01"), d("2024-12-31"))));
        assert_eq!(parse_range("2024-06-01..2024-06-30"), Some((d("2024-06-01"), d("2024-06-30"))));
        assert_eq!(parse_range("2024-06..").map(|r| r.1), Some(i64::MAX));
        assert_eq!(parse_range("..2024-06").map(|r| r.1), Some(d("2024-06-30")));
        assert_eq!(parse_range("2024-07..2024-06"), None);
        assert_eq!(parse_range("june"), None);
    }
}
