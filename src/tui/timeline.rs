//! Articles over time for the overview's chart: counted per day and
//! language once, when the overview opens, then put in as many bars as the
//! chart has columns (days, weeks or months, whichever fits).

use std::collections::BTreeMap;

use super::app::App;
use super::dates;

/// Dated articles per day and language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    /// Language codes, in the order of the counts below.
    pub languages: Vec<String>,
    /// Day number → articles of each language that day.
    pub days: BTreeMap<i64, Vec<u32>>,
    /// Articles without a date that can be read.
    pub undated: usize,
}

/// How long one bar is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    Week,
    Month,
}

impl Period {
    pub fn label(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
        }
    }
}

/// The bars: the period, then each bar's first day and count, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bins {
    pub period: Period,
    pub bars: Vec<(i64, u64)>,
    /// Earlier periods left out for want of columns.
    pub left_out: usize,
}

impl Timeline {
    /// From the store's counts per date and language (on a cluster, one
    /// aggregation instead of every article's description).
    pub fn build(app: &App) -> Timeline {
        let mut timeline = Timeline::default();
        for count in app.store.dated_counts().unwrap_or_default() {
            let articles = count.articles as u32;
            let Some(day) = count.date.as_deref().and_then(dates::day_number) else {
                timeline.undated += articles as usize;
                continue;
            };
            let code = count.language.as_str();
            let index = match timeline.languages.iter().position(|l| l == code) {
                Some(i) => i,
                None => {
                    timeline.languages.push(code.to_owned());
                    timeline.languages.len() - 1
                }
            };
            let counts = timeline.days.entry(day).or_default();
            if counts.len() <= index {
                counts.resize(index + 1, 0);
            }
            counts[index] += articles;
        }
        timeline
    }

    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }

    /// At most `columns` bars, of the shortest period that fits the span;
    /// counts of one language, or of all. Periods without articles are bars
    /// of zero, so gaps show.
    pub fn bins(&self, columns: usize, language: Option<&str>) -> Bins {
        let columns = columns.max(1);
        let wanted = language.and_then(|l| self.languages.iter().position(|x| x == l));
        let count = |counts: &Vec<u32>| -> u64 {
            match wanted {
                Some(i) => counts.get(i).copied().unwrap_or(0) as u64,
                None if language.is_some() => 0,
                None => counts.iter().map(|&n| n as u64).sum(),
            }
        };
        let (Some((&first, _)), Some((&last, _))) = (self.days.first_key_value(), self.days.last_key_value()) else {
            return Bins { period: Period::Day, bars: Vec::new(), left_out: 0 };
        };
        let span_weeks = (week_start(last) - week_start(first)) / 7 + 1;
        let period = if (last - first + 1) as usize <= columns {
            Period::Day
        } else if span_weeks as usize <= columns {
            Period::Week
        } else {
            Period::Month
        };
        let start_of = |day: i64| match period {
            Period::Day => day,
            Period::Week => week_start(day),
            Period::Month => {
                let (y, m, _) = dates::civil_from_days(day);
                dates::days_from_civil(y, m, 1).unwrap_or(day)
            }
        };
        let next = |start: i64| match period {
            Period::Day => start + 1,
            Period::Week => start + 7,
            Period::Month => {
                let (y, m, _) = dates::civil_from_days(start);
                let (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                dates::days_from_civil(y, m, 1).unwrap_or(start + 31)
            }
        };
        let mut bars = Vec::new();
        let mut start = start_of(first);
        let mut days = self.days.iter().peekable();
        while start <= last {
            let end = next(start);
            let mut n = 0;
            while let Some((_, counts)) = days.next_if(|&(&d, _)| d < end) {
                n += count(counts);
            }
            bars.push((start, n));
            start = end;
        }
        let left_out = bars.len().saturating_sub(columns);
        bars.drain(..left_out);
        Bins { period, bars, left_out }
    }
}

/// The Monday of the week a day is in (1970-01-01 was a Thursday).
pub fn week_start(days: i64) -> i64 {
    days - (days + 3).rem_euclid(7)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timeline(days: &[(&str, &str)]) -> Timeline {
        let mut t = Timeline::default();
        for &(date, lang) in days {
            let i = t.languages.iter().position(|l| l == lang).unwrap_or_else(|| {
                t.languages.push(lang.to_owned());
                t.languages.len() - 1
            });
            let counts = t.days.entry(dates::day_number(date).unwrap()).or_default();
            counts.resize(counts.len().max(i + 1), 0);
            counts[i] += 1;
        }
        t
    }

    #[test]
    fn days_weeks_or_months_by_the_room_with_gaps_as_zero() {
        let t = timeline(&[("2024-06-17", "en"), ("2024-06-17", "ru"), ("2024-06-19", "ru"), ("2024-07-01", "en")]);
        let days = t.bins(40, None);
        assert_eq!(days.period, Period::Day);
        assert_eq!(days.bars.len(), 15);
        assert_eq!(days.bars[0], (dates::day_number("2024-06-17").unwrap(), 2));
        assert_eq!(days.bars[1].1, 0, "a day without articles is a gap");
        let weeks = t.bins(10, None);
        assert_eq!(weeks.period, Period::Week);
        assert_eq!(weeks.bars.iter().map(|b| b.1).collect::<Vec<_>>(), [3, 0, 1]);
        let months = t.bins(2, Some("ru"));
        assert_eq!(months.period, Period::Month);
        assert_eq!(
            months.bars,
            [(dates::day_number("2024-06-01").unwrap(), 2), (dates::day_number("2024-07-01").unwrap(), 0)]
        );
        assert_eq!(t.bins(1, None).left_out, 1, "the latest months are kept");
        assert!(t.bins(10, Some("zh")).bars.iter().all(|b| b.1 == 0));
    }

    #[test]
    fn weeks_start_on_monday() {
        // 2024-06-19 is a Wednesday; its week began on Monday the 17th
        assert_eq!(dates::format_day(week_start(dates::day_number("2024-06-19").unwrap())), "2024-06-17");
        assert_eq!(dates::format_day(week_start(dates::day_number("2024-06-17").unwrap())), "2024-06-17");
    }
}
