//! A small, always-valid civil date (公历日期) serialised as `YYYY-MM-DD`.
//!
//! Government documents only need the proleptic Gregorian calendar between
//! roughly 1949 and 2100, so a dependency such as `jiff` or `chrono` would be
//! heavier than the job. Partial dates (6月末, 年底) are resolved elsewhere
//! (see [`crate::extract::deadline`]) and only become a [`Date`] once every
//! field is known.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A valid calendar date.
///
/// ```
/// use gongwen::Date;
/// let d = Date::new(2017, 6, 30).unwrap();
/// assert_eq!(d.to_string(), "2017-06-30");
/// assert_eq!(Date::last_of_month(2016, 2).unwrap().day(), 29);
/// assert!(Date::new(2017, 2, 29).is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The date `year-month-day`, or `None` when it does not exist.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The last day of `month` in `year` (6月末 → 30, 2月末 → 28 or 29).
    pub fn last_of_month(year: i32, month: u32) -> Option<Date> {
        if !(1..=12).contains(&month) {
            return None;
        }
        Date::new(year, month, days_in_month(year, month))
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1..=12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month, 1..=31.
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// The day `n` days later: the last day of a period of `n` days that
    /// counts from the day after this one (印发之日起30日内).
    pub(crate) fn plus_days(self, n: u32) -> Option<Date> {
        let mut d = self;
        let mut left = n;
        while left > 0 {
            let month_end = days_in_month(d.year, d.month());
            let step = left.min(month_end - d.day() + 1);
            // Into the next month when the step passes this one's last day.
            if d.day() + step > month_end {
                let (y, m) = match d.month() {
                    12 => (d.year + 1, 1),
                    m => (d.year, m + 1),
                };
                d = Date::new(y, m, 1)?;
            } else {
                d = Date::new(d.year, d.month(), d.day() + step)?;
            }
            left -= step;
        }
        Some(d)
    }

    /// The corresponding day `n` months later, or that month's last day
    /// when it has none (民法典 第二百零二条: a period of months ends on
    /// the corresponding day of its last month).
    pub(crate) fn plus_months(self, n: u32) -> Option<Date> {
        let months = self.month() - 1 + n;
        let year = self.year + i32::try_from(months / 12).ok()?;
        let month = months % 12 + 1;
        Date::new(year, month, self.day().min(days_in_month(year, month)))
    }
}

/// Number of days in `month` of `year` (Gregorian).
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The error for a string that is not a valid `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a valid YYYY-MM-DD date: {0:?}")]
pub struct DateParseError(String);

impl FromStr for Date {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Date, DateParseError> {
        let err = || DateParseError(s.to_string());
        let mut parts = s.splitn(3, '-');
        let (y, m, d) = (parts.next(), parts.next(), parts.next());
        let (Some(y), Some(m), Some(d)) = (y, m, d) else {
            return Err(err());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(err());
        }
        let y: i32 = y.parse().map_err(|_| err())?;
        let m: u32 = m.parse().map_err(|_| err())?;
        let d: u32 = d.parse().map_err(|_| err())?;
        Date::new(y, m, d).ok_or_else(err)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_of_days_and_months() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(d("2020-03-01").plus_days(30), Some(d("2020-03-31")));
        assert_eq!(d("2020-12-15").plus_days(30), Some(d("2021-01-14")));
        assert_eq!(d("2020-02-28").plus_days(1), Some(d("2020-02-29")));
        assert_eq!(d("2020-01-01").plus_days(366), Some(d("2021-01-01")));
        assert_eq!(d("2020-01-31").plus_months(1), Some(d("2020-02-29")));
        assert_eq!(d("2020-11-30").plus_months(3), Some(d("2021-02-28")));
        assert_eq!(d("2020-03-01").plus_months(24), Some(d("2022-03-01")));
    }

    #[test]
    fn leap_years() {
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
    }

    #[test]
    fn round_trip_text() {
        let d: Date = "2017-05-28".parse().unwrap();
        assert_eq!(d, Date::new(2017, 5, 28).unwrap());
        assert_eq!(d.to_string(), "2017-05-28");
        assert!("2017-5-28".parse::<Date>().is_err());
        assert!("2017-13-01".parse::<Date>().is_err());
    }
}
