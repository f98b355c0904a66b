//! The engine against a second implementation of `docs/rules.md` written
//! independently, without chrono: dates are day numbers (Howard Hinnant's
//! `days_from_civil` algorithms), R1 is "same month and day next year", and
//! every rule is transcribed from `docs/rules.md` (`#r1` to `#r6`, `#c1` to
//! `#c5`), not from `src/`.
//!
//! Exhaustive: every purchase date from 1900-01-01 to 2199-12-31, both offers,
//! both leap-day options, and the COVID-19 extension with and without the
//! move to Partner Center under both editions.
// Tests may panic: a failed expectation is the point.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use mpn_renewal_calendar::rules::covid::{apply_covid_extension, CovidRequest, Edition};
use mpn_renewal_calendar::rules::window::{compute_window, RenewalWindow, Start, WindowRequest};
use mpn_renewal_calendar::rules::Offer;
use mpn_renewal_calendar::{Date, LeapDay};

mod oracle {
    /// Days since 1970-01-01 of a proleptic Gregorian date.
    pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        (y, m, d)
    }

    pub fn is_leap(y: i64) -> bool {
        (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    }

    pub fn iso(day: i64) -> String {
        let (y, m, d) = civil_from_days(day);
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// Month and day of `day` in year `y`; Feb 29 → Feb 28, or Mar 1 if `mar1`.
    pub fn same_day_in_year(day: i64, y: i64, mar1: bool) -> i64 {
        let (_, m, d) = civil_from_days(day);
        if m == 2 && d == 29 && !is_leap(y) {
            if mar1 {
                days_from_civil(y, 3, 1)
            } else {
                days_from_civil(y, 2, 28)
            }
        } else {
            days_from_civil(y, m, d)
        }
    }

    /// The columns of `docs/rules.md#examples` for one input, as strings.
    pub struct Expected {
        pub anniversary: String,
        pub window_opens: String,
        pub last_day: String,
        pub loss: String,
        pub reminders: [String; 2],
        pub next_anniversary: String,
        pub eligible: Option<bool>,
        pub extended_through: Option<String>,
        pub reactivation: Option<String>,
    }

    /// `covid`: None, or (moved to Partner Center, June edition?).
    pub fn expected(
        purchase: i64,
        competency: bool,
        mar1: bool,
        covid: Option<(bool, bool)>,
    ) -> Expected {
        let (py, _, _) = civil_from_days(purchase);
        let a = same_day_in_year(purchase, py + 1, mar1); // R1
        let mut next = iso(a + 365); // R6
        let (mut eligible, mut extended, mut reactivation) = (None, None, None);
        if let Some((moved, june)) = covid {
            let (from, through) = if june {
                (days_from_civil(2020, 1, 1), days_from_civil(2020, 6, 30))
            } else {
                (days_from_civil(2020, 7, 1), days_from_civil(2020, 12, 31))
            };
            let ok = competency && moved && from <= a && a <= through; // C1
            eligible = Some(ok);
            if ok {
                let to = same_day_in_year(a, 2021, false); // C3 (Feb28 default)
                extended = Some(iso(to));
                next = iso(to);
                if a + 31 <= through {
                    reactivation = Some(iso(through)); // C4: deadline = end of the range
                }
            }
        }
        Expected {
            anniversary: iso(a),
            window_opens: iso(a + 1),
            last_day: iso(a + 30),
            loss: iso(a + 31),
            reminders: [iso(a - 15), iso(a + 23)],
            next_anniversary: next,
            eligible,
            extended_through: extended,
            reactivation,
        }
    }
}

fn check(window: &RenewalWindow, expected: &oracle::Expected, what: &str) {
    let covid = window.covid.as_ref();
    let actual = (
        window.anniversary.to_string(),
        window.window_opens.to_string(),
        window.last_day_to_renew.to_string(),
        window.loss_date.to_string(),
        [
            window.reminders[0].date.to_string(),
            window.reminders[1].date.to_string(),
        ],
        window.next_anniversary.to_string(),
        covid.map(|c| c.eligible),
        covid
            .and_then(|c| c.extended_through)
            .map(|d| d.to_string()),
        covid
            .and_then(|c| c.reactivation_deadline)
            .map(|d| d.to_string()),
    );
    let wanted = (
        expected.anniversary.clone(),
        expected.window_opens.clone(),
        expected.last_day.clone(),
        expected.loss.clone(),
        expected.reminders.clone(),
        expected.next_anniversary.clone(),
        expected.eligible,
        expected.extended_through.clone(),
        expected.reactivation.clone(),
    );
    assert_eq!(actual, wanted, "{what}");
}

#[test]
fn engine_agrees_with_the_oracle_for_every_purchase_1900_to_2199() {
    let first = oracle::days_from_civil(1900, 1, 1);
    let last = oracle::days_from_civil(2199, 12, 31);
    let mut compared = 0u64;
    for day in first..=last {
        let iso = oracle::iso(day);
        let purchase = Date::parse(&iso).unwrap();
        for offer in Offer::ALL {
            let competency = match offer {
                Offer::ActionPack => false,
                Offer::Competency => true,
            };
            for leap_day in LeapDay::ALL {
                let mar1 = match leap_day {
                    LeapDay::Feb28 => false,
                    LeapDay::Mar1 => true,
                };
                let request = WindowRequest {
                    offer,
                    start: Start::Purchase(purchase),
                    leap_day,
                };
                let window = compute_window(request).unwrap();
                check(
                    &window,
                    &oracle::expected(day, competency, mar1, None),
                    &iso,
                );
                compared += 1;
                // The COVID-19 extension only changes anything near 2020; check it
                // everywhere for the June edition, and both editions near 2020.
                let near_2020 = (2018..=2020).contains(&purchase.year());
                for edition in Edition::ALL {
                    let june = match edition {
                        Edition::June2020 => true,
                        Edition::August2020 => false,
                    };
                    if !june && !near_2020 {
                        continue;
                    }
                    for moved in [true, false] {
                        let covid = CovidRequest {
                            moved_to_partner_center: moved,
                            edition,
                            leap_day: LeapDay::Feb28,
                        };
                        let extended = apply_covid_extension(&window, covid).unwrap();
                        let expected = oracle::expected(day, competency, mar1, Some((moved, june)));
                        check(
                            &extended,
                            &expected,
                            &format!("{iso} {offer:?} {leap_day:?} {edition:?} moved={moved}"),
                        );
                        compared += 1;
                    }
                }
            }
        }
    }
    let dates = (last - first + 1) as u64;
    println!("differential: {dates} purchase dates, {compared} windows compared, 0 mismatches");
    assert_eq!(dates, 109_573);
    // Each date: 2 offers × 2 leap-day options × (the window alone, and the
    // June edition moved and not moved); the August edition, moved and not
    // moved, for the 1096 days of 2018..=2020 only.
    assert_eq!(compared, dates * 2 * 2 * 3 + 1096 * 2 * 2 * 2);
}

#[test]
fn oracle_itself_matches_the_worked_examples() {
    // Guard against two implementations sharing one mistake: the worked
    // examples of docs/rules.md#example-1 and #example-3, typed in by hand.
    let e = oracle::expected(oracle::days_from_civil(2018, 9, 1), false, false, None);
    assert_eq!(
        (
            e.anniversary.as_str(),
            e.window_opens.as_str(),
            e.last_day.as_str(),
            e.loss.as_str()
        ),
        ("2019-09-01", "2019-09-02", "2019-10-01", "2019-10-02")
    );
    assert_eq!(
        e.reminders,
        ["2019-08-17".to_string(), "2019-09-24".to_string()]
    );
    assert_eq!(e.next_anniversary, "2020-08-31");
    let e = oracle::expected(
        oracle::days_from_civil(2019, 3, 10),
        true,
        false,
        Some((true, true)),
    );
    assert_eq!(e.next_anniversary, "2021-03-10");
    assert_eq!(e.reactivation.as_deref(), Some("2020-06-30"));
    assert_eq!(
        oracle::iso(oracle::days_from_civil(2000, 2, 29) + 1),
        "2000-03-01"
    );
    assert_eq!(
        oracle::iso(oracle::days_from_civil(1900, 2, 28) + 1),
        "1900-03-01"
    );
}
