//! Native tests of the rules of `docs/rules.md`, one test or group per rule,
//! named by its id: `r1_…` to `r6_…` for the renewal rules, `c1_…` to `c5_…`
//! for the decisions of the COVID-19 extension, `example_1_…` to
//! `example_3_…` for the worked examples; then the supported range, the
//! offers, the editions and the status on a day. Each test cites the section
//! of `docs/rules.md` (or the article it quotes) that its expected values come
//! from: every expected date is typed by hand from there, never computed by
//! the code under test.
// Tests may panic: a failed expectation is the point.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use mpn_renewal_calendar::i18n::contract::covid_message;
use mpn_renewal_calendar::i18n::Lang;
use mpn_renewal_calendar::rules::covid::{apply_covid_extension, CovidRequest, Edition, Reason};
use mpn_renewal_calendar::rules::status::{status_on, Phase};
use mpn_renewal_calendar::rules::window::{
    compute_window, project_renewals, RenewalWindow, Start, WindowRequest,
};
use mpn_renewal_calendar::rules::Offer;
use mpn_renewal_calendar::{Date, ErrorCode, LeapDay};

fn d(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn purchase(offer: Offer, date: &str, leap_day: LeapDay) -> RenewalWindow {
    compute_window(WindowRequest {
        offer,
        start: Start::Purchase(d(date)),
        leap_day,
    })
    .unwrap()
}

fn from_anniversary(offer: Offer, date: &str) -> RenewalWindow {
    let request = WindowRequest {
        offer,
        start: Start::Anniversary(d(date)),
        leap_day: LeapDay::Feb28,
    };
    compute_window(request).unwrap()
}

/// anniversary, window opens, last day, loss, reminders, next anniversary.
fn dates(window: &RenewalWindow) -> [String; 7] {
    [
        window.anniversary.to_string(),
        window.window_opens.to_string(),
        window.last_day_to_renew.to_string(),
        window.loss_date.to_string(),
        window.reminders[0].date.to_string(),
        window.reminders[1].date.to_string(),
        window.next_anniversary.to_string(),
    ]
}

fn moved(edition: Edition) -> CovidRequest {
    CovidRequest {
        moved_to_partner_center: true,
        edition,
        leap_day: LeapDay::Feb28,
    }
}

/// Worked example 3 (`docs/rules.md#example-3`): a competency bought on
/// 2019-03-10, moved to Partner Center, under the 06/05/2020 edition.
fn example_3() -> RenewalWindow {
    let base = purchase(Offer::Competency, "2019-03-10", LeapDay::Feb28);
    apply_covid_extension(&base, moved(Edition::June2020)).unwrap()
}

// ---- the worked examples (docs/rules.md#examples) ---------------------------

// docs/rules.md#example-1, from the article: "if you purchased ... on
// September 1, 2018, your renewal window begins on September 2, 2019"; R6's
// 365 days cross 2020-02-29, so the next anniversary is 2020-08-31.
#[test]
fn example_1_action_pack_bought_2018_09_01() {
    let window = purchase(Offer::ActionPack, "2018-09-01", LeapDay::Feb28);
    assert_eq!(
        dates(&window),
        [
            "2019-09-01",
            "2019-09-02",
            "2019-10-01",
            "2019-10-02",
            "2019-08-17",
            "2019-09-24",
            "2020-08-31"
        ]
    );
    assert_eq!(window.purchase_date, Some(d("2018-09-01")));
    assert_eq!(window.reminders.map(|r| r.days_from_anniversary), [-15, 23]);
    assert_eq!(window.covid, None);
}

// docs/rules.md#example-2, from the Microsoft support note: an expiry on
// 2018-10-15, "you will have until 14th of November 2018".
#[test]
fn example_2_anniversary_2018_10_15() {
    let window = from_anniversary(Offer::Competency, "2018-10-15");
    assert_eq!(
        dates(&window),
        [
            "2018-10-15",
            "2018-10-16",
            "2018-11-14",
            "2018-11-15",
            "2018-09-30",
            "2018-11-07",
            "2019-10-15"
        ]
    );
    assert_eq!(window.purchase_date, None);
}

// docs/rules.md#example-3: C1 to C5 under the 06/05/2020 edition; the loss
// date 2020-04-10 is before 2020-06-30, so C4's deadline applies, and on
// 2020-04-15 the status is `reactivation`.
#[test]
fn example_3_competency_moved_covid_extension_applied() {
    let base = purchase(Offer::Competency, "2019-03-10", LeapDay::Feb28);
    let window = apply_covid_extension(&base, moved(Edition::June2020)).unwrap();
    assert_eq!(
        dates(&window),
        [
            "2020-03-10",
            "2020-03-11",
            "2020-04-09",
            "2020-04-10",
            "2020-02-24",
            "2020-04-02",
            "2021-03-10"
        ]
    );
    let covid = window.covid.as_ref().unwrap();
    assert!(covid.eligible);
    assert_eq!(covid.reason, Reason::Eligible);
    assert!(covid.requirements_waived);
    assert_eq!(covid.extended_through, Some(d("2021-03-10")));
    assert_eq!(covid.reactivation_deadline, Some(d("2020-06-30")));
    let message = covid_message(&window).unwrap();
    assert!(message.contains("2021-03-10") && message.contains("2020-06-30"));
    let status = status_on(&window, d("2020-04-15"));
    assert_eq!(status.phase, Phase::Reactivation);
}

// ---- R1 to R6 ---------------------------------------------------------------

// docs/rules.md#r1: the first anniversary is the purchase date one calendar
// year later (bought on 2018-09-01, the anniversary is 2019-09-01); a user may
// start from the anniversary itself, Partner Center's "renewal start date".
#[test]
fn r1_anniversary_is_the_purchase_one_calendar_year_later() {
    let cases = [
        ("2018-09-01", "2019-09-01"),
        ("2019-03-10", "2020-03-10"),
        ("2019-01-31", "2020-01-31"),
        ("2019-12-31", "2020-12-31"),
        ("2019-02-28", "2020-02-28"), // not the 29th, though 2020 has one
    ];
    for (bought, anniversary) in cases {
        for offer in Offer::ALL {
            let window = purchase(offer, bought, LeapDay::Feb28);
            assert_eq!(window.anniversary, d(anniversary), "{bought}");
            assert_eq!(window.purchase_date, Some(d(bought)));
            assert_eq!(window.offer, offer);
        }
    }
    let window = from_anniversary(Offer::Competency, "2019-09-01");
    assert_eq!(window.anniversary, d("2019-09-01"));
    assert_eq!(window.purchase_date, None);
}

// docs/rules.md#r1, decision "a purchase on February 29": February 28 by
// default, March 1 as the option, which changes nothing for any other day.
#[test]
fn r1_february_29_purchase_both_options() {
    let feb28 = purchase(Offer::ActionPack, "2016-02-29", LeapDay::Feb28);
    assert_eq!(feb28.anniversary, d("2017-02-28"));
    assert_eq!(feb28.window_opens, d("2017-03-01"));
    assert_eq!(feb28.reminders[0].date, d("2017-02-13"));
    let mar1 = purchase(Offer::ActionPack, "2016-02-29", LeapDay::Mar1);
    assert_eq!(mar1.anniversary, d("2017-03-01"));
    assert_eq!(mar1.window_opens, d("2017-03-02"));
    assert_eq!(mar1.loss_date, d("2017-04-01"));
    // The option changes nothing for any other day, Feb 28 and Mar 1 included.
    for day in ["2016-02-28", "2016-03-01", "2015-02-28", "2019-12-31"] {
        assert_eq!(
            purchase(Offer::ActionPack, day, LeapDay::Feb28),
            purchase(Offer::ActionPack, day, LeapDay::Mar1)
        );
    }
}

// docs/rules.md#r1 (and R4, R6) across century years: 1900 and 2100 have no
// February 29, 2000 has one.
#[test]
fn r1_century_years() {
    assert_eq!(
        purchase(Offer::ActionPack, "1899-03-01", LeapDay::Feb28).reminders[0].date,
        d("1900-02-14")
    );
    assert_eq!(
        purchase(Offer::ActionPack, "1999-02-28", LeapDay::Feb28).anniversary,
        d("2000-02-28")
    );
    assert_eq!(
        purchase(Offer::ActionPack, "2000-02-29", LeapDay::Feb28).anniversary,
        d("2001-02-28")
    );
    assert_eq!(
        purchase(Offer::ActionPack, "2000-02-29", LeapDay::Mar1).anniversary,
        d("2001-03-01")
    );
    // R6 across Feb 29 2000: one day earlier; across 1900 and 2100 (no Feb 29): the same day.
    assert_eq!(
        from_anniversary(Offer::ActionPack, "1999-09-01").next_anniversary,
        d("2000-08-31")
    );
    assert_eq!(
        from_anniversary(Offer::ActionPack, "1899-09-01").next_anniversary,
        d("1900-09-01")
    );
    assert_eq!(
        from_anniversary(Offer::ActionPack, "2099-09-01").next_anniversary,
        d("2100-09-01")
    );
    // Loss date across the end of February in 2100 (28 days) and 2000 (29 days).
    assert_eq!(
        from_anniversary(Offer::ActionPack, "2100-02-01").loss_date,
        d("2100-03-04")
    );
    assert_eq!(
        from_anniversary(Offer::ActionPack, "2000-02-01").loss_date,
        d("2000-03-03")
    );
}

// docs/rules.md#r2: "The renewal window opens the day after the
// anniversary", across the end of a month, of February (leap year or not)
// and of a year.
#[test]
fn r2_window_opens_the_day_after_the_anniversary() {
    let cases = [
        ("2019-09-01", "2019-09-02"), // the article's own example
        ("2018-10-15", "2018-10-16"),
        ("2019-01-31", "2019-02-01"),
        ("2019-02-28", "2019-03-01"),
        ("2020-02-28", "2020-02-29"),
        ("2020-02-29", "2020-03-01"),
        ("2019-12-31", "2020-01-01"),
    ];
    for (anniversary, opens) in cases {
        let window = from_anniversary(Offer::ActionPack, anniversary);
        assert_eq!(window.window_opens, d(opens), "{anniversary}");
        // docs/rules.md#status: the anniversary is still `active`; the day the
        // window opens, 30 days are left to renew.
        assert_eq!(status_on(&window, d(anniversary)).phase, Phase::Active);
        let first_day = status_on(&window, d(opens));
        assert_eq!(
            (first_day.phase, first_day.days_left_to_renew),
            (Phase::RenewalWindow, Some(30)),
            "{anniversary}"
        );
    }
}

// docs/rules.md#examples (more examples, row R2–R5): R2 to R5 across a year end.
#[test]
fn r2_to_r5_across_a_year_end() {
    let window = from_anniversary(Offer::ActionPack, "2019-12-31");
    assert_eq!(
        dates(&window),
        [
            "2019-12-31",
            "2020-01-01",
            "2020-01-30",
            "2020-01-31",
            "2019-12-16",
            "2020-01-23",
            "2020-12-30"
        ]
    );
    let window = from_anniversary(Offer::ActionPack, "2020-01-10");
    assert_eq!(window.reminders[0].date, d("2019-12-26"));
}

// docs/rules.md#r3: "The last day is the 30th day after the anniversary, and
// it counts": the support note's expiry of 2018-10-15 leaves until 2018-11-14.
#[test]
fn r3_last_day_is_the_30th_day_after_the_anniversary() {
    let cases = [
        ("2018-10-15", "2018-11-14"), // the support note
        ("2019-09-01", "2019-10-01"),
        ("2019-01-31", "2019-03-02"),
        ("2020-01-31", "2020-03-01"), // across 2020-02-29
        ("2019-12-31", "2020-01-30"),
    ];
    for (anniversary, last_day) in cases {
        let window = from_anniversary(Offer::Competency, anniversary);
        assert_eq!(window.last_day_to_renew, d(last_day), "{anniversary}");
        // Inclusive: benefits go on, and paying is still possible, that day.
        let status = status_on(&window, d(last_day));
        assert_eq!(
            (
                status.phase,
                status.benefits_active,
                status.can_renew,
                status.days_left_to_renew
            ),
            (Phase::RenewalWindow, true, true, Some(1)),
            "{anniversary}"
        );
    }
}

// docs/rules.md#r3, from the article: "You have 30 days after your
// anniversary date to renew": the window is anniversary + 1 through
// anniversary + 30, exactly 30 days (more examples: anniversary 2019-01-31, window 2019-02-01
// through 2019-03-02, loss 2019-03-03).
#[test]
fn r3_the_window_is_thirty_days() {
    let window = from_anniversary(Offer::ActionPack, "2019-01-31");
    assert_eq!(
        window.window_opens.days_until(window.last_day_to_renew) + 1,
        30
    );
    assert_eq!(window.last_day_to_renew.days_until(window.loss_date), 1);
    assert_eq!(
        (
            window.window_opens,
            window.last_day_to_renew,
            window.loss_date
        ),
        (d("2019-02-01"), d("2019-03-02"), d("2019-03-03"))
    );
}

// docs/rules.md#r4: "The loss date is the first day without them:
// anniversary + 31, the day after the last day to renew."
#[test]
fn r4_benefits_are_lost_on_the_31st_day_after_the_anniversary() {
    let cases = [
        ("2019-09-01", "2019-10-02"),
        ("2018-10-15", "2018-11-15"),
        ("2019-01-31", "2019-03-03"),
        ("2020-01-31", "2020-03-02"), // across 2020-02-29
        ("2019-12-31", "2020-01-31"),
        ("2020-05-30", "2020-06-30"),
    ];
    for (anniversary, loss) in cases {
        for offer in Offer::ALL {
            let window = from_anniversary(offer, anniversary);
            assert_eq!(window.loss_date, d(loss), "{anniversary}");
            // docs/rules.md#status: `lost` from that day, nothing left to pay.
            let status = status_on(&window, d(loss));
            assert_eq!(
                (
                    status.phase,
                    status.benefits_active,
                    status.can_renew,
                    status.days_left_to_renew
                ),
                (Phase::Lost, false, false, None),
                "{anniversary}"
            );
        }
    }
}

// docs/rules.md#r5: "Microsoft sends a reminder 15 days before the
// anniversary and another 23 days after it", in date order, each with its
// distance from the anniversary (−15 and 23).
#[test]
fn r5_reminders_15_days_before_and_23_days_after() {
    let cases = [
        ("2019-09-01", "2019-08-17", "2019-09-24"),
        ("2018-10-15", "2018-09-30", "2018-11-07"),
        ("2020-03-10", "2020-02-24", "2020-04-02"), // the first across 2020-02-29
        ("2020-01-10", "2019-12-26", "2020-02-02"), // the first in the year before
        ("2020-02-29", "2020-02-14", "2020-03-23"),
    ];
    for (anniversary, first, second) in cases {
        let window = from_anniversary(Offer::ActionPack, anniversary);
        assert_eq!(
            window.reminders.map(|r| (r.date, r.days_from_anniversary)),
            [(d(first), -15), (d(second), 23)],
            "{anniversary}"
        );
        // docs/rules.md#status: the status says when a reminder is sent.
        for day in [first, second] {
            assert!(status_on(&window, d(day)).reminder_today, "{day}");
        }
    }
    let window = from_anniversary(Offer::ActionPack, "2019-09-01");
    for day in [
        "2019-08-16",
        "2019-08-18",
        "2019-09-01",
        "2019-09-23",
        "2019-09-25",
    ] {
        assert!(!status_on(&window, d(day)).reminder_today, "{day}");
    }
}

// docs/rules.md#r6, from the article: "your new anniversary date will be 365
// days after your current anniversary": 365 days, not one calendar year
// (2019-09-01 → 2020-08-31 across a February 29).
#[test]
fn r6_next_anniversary_is_365_days_later() {
    let cases = [
        ("2019-09-01", "2020-08-31"), // across 2020-02-29: a day earlier
        ("2019-12-31", "2020-12-30"),
        ("2020-02-29", "2021-02-28"),
        ("2018-10-15", "2019-10-15"), // no February 29 in between
        ("2021-03-01", "2022-03-01"),
    ];
    for (anniversary, next) in cases {
        for offer in Offer::ALL {
            let window = from_anniversary(offer, anniversary);
            assert_eq!(window.next_anniversary, d(next), "{anniversary}");
        }
    }
}

// docs/rules.md#r6: "A chain of n renewals is computed as the first
// anniversary + n × 365 days (projectRenewals, from 1 to 100 windows); only
// the first window carries the purchase date" (more examples: five renewals
// from 2018-09-01).
#[test]
fn r6_chain_of_renewals() {
    let request = WindowRequest {
        offer: Offer::ActionPack,
        start: Start::Purchase(d("2018-09-01")),
        leap_day: LeapDay::Feb28,
    };
    let chain = project_renewals(request, 5).unwrap();
    let anniversaries: Vec<String> = chain.iter().map(|w| w.anniversary.to_string()).collect();
    assert_eq!(
        anniversaries,
        [
            "2019-09-01",
            "2020-08-31",
            "2021-08-31",
            "2022-08-31",
            "2023-08-31"
        ]
    );
    for pair in chain.windows(2) {
        assert_eq!(pair[0].next_anniversary, pair[1].anniversary);
    }
    assert_eq!(chain[0].purchase_date, Some(d("2018-09-01")));
    assert!(chain[1..].iter().all(|w| w.purchase_date.is_none()));
    // 100 renewals: 99 steps of 365 days from the first anniversary.
    let long = project_renewals(request, 100).unwrap();
    assert_eq!(long.len(), 100);
    assert_eq!(d("2019-09-01").days_until(long[99].anniversary), 99 * 365);
    for bad in [0, 101, u32::MAX] {
        assert_eq!(
            project_renewals(request, bad).unwrap_err().code(),
            ErrorCode::InvalidOption
        );
    }
    // 2019-09-01 + 99 × 365 days, counted by hand across the 24 February 29ths
    // of 2020..=2116.
    assert_eq!(long[99].anniversary, d("2118-08-08"));
}

// ---- C1 to C5 (docs/rules.md#the-covid-19-extension) ------------------------

// docs/rules.md#c1: each reason, in the order the conditions are checked
// (more examples: Action Pack → `notACompetency`, the next anniversary stays
// R6's; 2020-07-01 → `anniversaryOutsideRange`; not moved →
// `notMovedToPartnerCenter`).
#[test]
fn c1_each_ineligibility_reason() {
    let action_pack = purchase(Offer::ActionPack, "2019-03-10", LeapDay::Feb28);
    let outcome = apply_covid_extension(&action_pack, moved(Edition::June2020)).unwrap();
    assert_eq!(
        outcome.covid.as_ref().unwrap().reason,
        Reason::NotACompetency
    );

    let outside = from_anniversary(Offer::Competency, "2020-07-01");
    let outcome = apply_covid_extension(&outside, moved(Edition::June2020)).unwrap();
    assert_eq!(
        outcome.covid.as_ref().unwrap().reason,
        Reason::AnniversaryOutsideRange
    );

    let inside = from_anniversary(Offer::Competency, "2020-06-30");
    let not_moved = CovidRequest {
        moved_to_partner_center: false,
        ..moved(Edition::June2020)
    };
    let outcome = apply_covid_extension(&inside, not_moved).unwrap();
    assert_eq!(
        outcome.covid.as_ref().unwrap().reason,
        Reason::NotMovedToPartnerCenter
    );

    for ineligible in [
        apply_covid_extension(&action_pack, moved(Edition::June2020)).unwrap(),
        apply_covid_extension(&outside, moved(Edition::June2020)).unwrap(),
        apply_covid_extension(&inside, not_moved).unwrap(),
    ] {
        let covid = ineligible.covid.as_ref().unwrap();
        assert!(!covid.eligible && !covid.requirements_waived);
        assert_eq!(
            (covid.extended_through, covid.reactivation_deadline),
            (None, None)
        );
        // Not eligible: R6 stands.
        assert_eq!(
            ineligible
                .anniversary
                .days_until(ineligible.next_anniversary),
            365
        );
        assert!(covid_message(&ineligible).unwrap().ends_with('.'));
    }
    // The Action Pack's next anniversary, R6's: 2020-03-10 + 365 days.
    let action_pack = apply_covid_extension(&action_pack, moved(Edition::June2020)).unwrap();
    assert_eq!(action_pack.next_anniversary, d("2021-03-10"));
}

// docs/rules.md#c1: "the outcome names the first condition that failed"
// (offer, then range, then the move), so when several fail, the first wins.
#[test]
fn c1_the_first_failing_condition_is_named() {
    let not_moved = CovidRequest {
        moved_to_partner_center: false,
        ..moved(Edition::June2020)
    };
    let cases = [
        // Every condition fails: the offer is named.
        (
            Offer::ActionPack,
            "2019-09-01",
            not_moved,
            Reason::NotACompetency,
        ),
        // The offer and the move fail, the range holds.
        (
            Offer::ActionPack,
            "2020-03-10",
            not_moved,
            Reason::NotACompetency,
        ),
        // The range and the move fail.
        (
            Offer::Competency,
            "2019-09-01",
            not_moved,
            Reason::AnniversaryOutsideRange,
        ),
    ];
    for (offer, anniversary, request, reason) in cases {
        let window = apply_covid_extension(&from_anniversary(offer, anniversary), request).unwrap();
        assert_eq!(
            window.covid.unwrap().reason,
            reason,
            "{offer:?} {anniversary}"
        );
    }
}

// docs/rules.md#c1: the range's bounds for both editions, kept as data
// (more examples: 2019-12-31 / 2020-01-01 / 2020-06-30 / 2020-07-01, and
// docs/rules.md#editions for the August 2020 revision).
#[test]
fn c1_range_bounds_both_editions() {
    let cases = [
        (Edition::June2020, "2019-12-31", false),
        (Edition::June2020, "2020-01-01", true),
        (Edition::June2020, "2020-06-30", true),
        (Edition::June2020, "2020-07-01", false),
        (Edition::August2020, "2020-06-30", false),
        (Edition::August2020, "2020-07-01", true),
        (Edition::August2020, "2020-12-31", true),
        (Edition::August2020, "2021-01-01", false),
    ];
    for (edition, anniversary, eligible) in cases {
        let window = apply_covid_extension(
            &from_anniversary(Offer::Competency, anniversary),
            moved(edition),
        )
        .unwrap();
        assert_eq!(
            window.covid.unwrap().eligible,
            eligible,
            "{edition:?} {anniversary}"
        );
    }
}

// docs/rules.md#c2: "the requirements are waived for this renewal, but the
// fee is still due in the normal window: the window and its dates (R2, R3,
// R4) do not move."
#[test]
fn c2_requirements_waived_fee_still_due_in_the_window() {
    let window = example_3();
    let covid = window.covid.as_ref().unwrap();
    assert!(covid.requirements_waived);
    assert_eq!(
        (
            window.window_opens,
            window.last_day_to_renew,
            window.loss_date
        ),
        (d("2020-03-11"), d("2020-04-09"), d("2020-04-10"))
    );
    // The fee can be paid, and benefits go on, through the normal window.
    let first_day = status_on(&window, d("2020-03-11"));
    assert_eq!(
        (
            first_day.phase,
            first_day.can_renew,
            first_day.days_left_to_renew
        ),
        (Phase::RenewalWindow, true, Some(30))
    );
    let message = covid_message(&window).unwrap();
    assert!(
        message.contains("fee is still due from 2020-03-11 to 2020-04-09"),
        "{message}"
    );
}

// docs/rules.md#c2 and #c5: R2 to R5 are unchanged by the extension.
#[test]
fn c2_c5_window_and_reminders_unchanged() {
    for anniversary in ["2020-01-01", "2020-02-29", "2020-06-30"] {
        let base = from_anniversary(Offer::Competency, anniversary);
        let extended = apply_covid_extension(&base, moved(Edition::June2020)).unwrap();
        assert_eq!(dates(&base)[..6], dates(&extended)[..6]);
    }
}

// docs/rules.md#c3: "through your next anniversary date in 2021", the
// anniversary's month and day in 2021, not R6's 365 days; 2020-02-29 follows
// the leap-day option.
#[test]
fn c3_extension_is_the_anniversary_in_2021() {
    let window = apply_covid_extension(
        &from_anniversary(Offer::Competency, "2020-01-01"),
        moved(Edition::June2020),
    )
    .unwrap();
    assert_eq!(window.next_anniversary, d("2021-01-01")); // R6 would say 2020-12-31
    let window = apply_covid_extension(
        &from_anniversary(Offer::Competency, "2020-12-31"),
        moved(Edition::August2020),
    )
    .unwrap();
    assert_eq!(window.next_anniversary, d("2021-12-31")); // R6 would say 2021-12-31 too
                                                          // Feb 29 follows the leap-day option.
    let leap = from_anniversary(Offer::Competency, "2020-02-29");
    let feb28 = apply_covid_extension(&leap, moved(Edition::June2020)).unwrap();
    assert_eq!(feb28.next_anniversary, d("2021-02-28"));
    let mar1 = apply_covid_extension(
        &leap,
        CovidRequest {
            leap_day: LeapDay::Mar1,
            ..moved(Edition::June2020)
        },
    )
    .unwrap();
    assert_eq!(mar1.next_anniversary, d("2021-03-01"));
}

// docs/rules.md#c4: a reactivation deadline only when the loss date is on or
// before it (2020-05-30 gets it, 2020-05-31 does not; edition 2020-08:
// 2020-11-30 / 2020-12-01).
#[test]
fn c4_reactivation_deadline() {
    let cases = [
        (Edition::June2020, "2020-05-30", Some("2020-06-30")), // loss 2020-06-30
        (Edition::June2020, "2020-05-31", None),               // loss 2020-07-01
        (Edition::August2020, "2020-11-30", Some("2020-12-31")),
        (Edition::August2020, "2020-12-01", None),
    ];
    for (edition, anniversary, deadline) in cases {
        let window = apply_covid_extension(
            &from_anniversary(Offer::Competency, anniversary),
            moved(edition),
        )
        .unwrap();
        assert_eq!(
            window.covid.unwrap().reactivation_deadline,
            deadline.map(d),
            "{anniversary}"
        );
    }
}

// docs/rules.md#c4 and #status: between the loss date and the reactivation
// deadline the status is `reactivation`, then `lost`.
#[test]
fn c4_status_between_loss_and_deadline_is_reactivation() {
    let base = purchase(Offer::Competency, "2019-03-10", LeapDay::Feb28);
    let window = apply_covid_extension(&base, moved(Edition::June2020)).unwrap();
    let status = status_on(&window, d("2020-04-10"));
    assert_eq!(
        (status.phase, status.benefits_active, status.can_renew),
        (Phase::Reactivation, false, true)
    );
    assert_eq!(status.days_left_to_renew, Some(82)); // 2020-04-10 ..= 2020-06-30
    assert_eq!(
        status_on(&window, d("2020-06-30")).days_left_to_renew,
        Some(1)
    );
    assert_eq!(status_on(&window, d("2020-07-01")).phase, Phase::Lost);
    // Without the extension the same day is lost.
    assert_eq!(status_on(&base, d("2020-04-10")).phase, Phase::Lost);
}

// docs/rules.md#c5: "The reminders stay on the days R5 gives. What changes is
// what they mean: the requirements are met and the fee is still due, which
// the widget's COVID-19 sentence says."
#[test]
fn c5_reminders_stay_on_r5_days_their_message_adapted() {
    let window = example_3();
    assert_eq!(
        window.reminders.map(|r| (r.date, r.days_from_anniversary)),
        [(d("2020-02-24"), -15), (d("2020-04-02"), 23)]
    );
    for day in ["2020-02-24", "2020-04-02"] {
        assert!(status_on(&window, d(day)).reminder_today, "{day}");
    }
    let sentence = Lang::En.covid(Reason::Eligible);
    assert!(
        sentence.contains("requirements are met")
            && sentence.contains("the fee is still due in the renewal window"),
        "{sentence}"
    );
    let sentence = Lang::Fr.covid(Reason::Eligible);
    assert!(
        sentence.contains("vos besoins sont satisfaits")
            && sentence.contains("les frais restent à payer dans la fenêtre de renouvellement"),
        "{sentence}"
    );
}

// docs/rules.md#the-covid-19-extension: applying the extension is pure and
// idempotent, and a second request answers that request alone.
#[test]
fn covid_extension_is_idempotent_and_replaces_earlier_outcomes() {
    for anniversary in ["2020-03-10", "2020-02-29", "2019-03-10", "2020-08-15"] {
        let base = from_anniversary(Offer::Competency, anniversary);
        for edition in Edition::ALL {
            let once = apply_covid_extension(&base, moved(edition)).unwrap();
            let twice = apply_covid_extension(&once, moved(edition)).unwrap();
            assert_eq!(once, twice);
            // Applying another request to an extended window answers that request alone.
            let not_moved = CovidRequest {
                moved_to_partner_center: false,
                ..moved(edition)
            };
            let fresh = apply_covid_extension(&base, not_moved).unwrap();
            assert_eq!(apply_covid_extension(&once, not_moved).unwrap(), fresh);
        }
    }
}

// docs/rules.md#editions: "2020-06" is the default edition, "2020-08" the option.
#[test]
fn editions_by_name() {
    assert_eq!(Edition::from_name("2020-06").unwrap(), Edition::June2020);
    assert_eq!(Edition::from_name("2020-08").unwrap(), Edition::August2020);
    assert_eq!(
        Edition::from_name("2020-07").unwrap_err().code(),
        ErrorCode::InvalidOption
    );
}

// ---- dates, offers, status --------------------------------------------------

// docs/rules.md#dates: the supported range is 0001-01-01..=9999-12-31, for
// inputs and for every date computed from them.
#[test]
fn dates_range_limits() {
    let window = |start: Start| {
        compute_window(WindowRequest {
            offer: Offer::ActionPack,
            start,
            leap_day: LeapDay::Feb28,
        })
    };
    // The first reminder is 15 days before the anniversary.
    assert_eq!(
        window(Start::Anniversary(d("0001-01-15")))
            .unwrap_err()
            .code(),
        ErrorCode::DateOutOfRange
    );
    assert_eq!(
        window(Start::Anniversary(d("0001-01-16")))
            .unwrap()
            .reminders[0]
            .date,
        d("0001-01-01")
    );
    assert!(window(Start::Purchase(d("0001-01-01"))).is_ok());
    // The next anniversary is the last date computed: 365 days after.
    assert_eq!(
        window(Start::Anniversary(d("9998-12-31")))
            .unwrap()
            .next_anniversary,
        d("9999-12-31")
    );
    assert_eq!(
        window(Start::Anniversary(d("9999-01-01")))
            .unwrap_err()
            .code(),
        ErrorCode::DateOutOfRange
    );
    assert_eq!(
        window(Start::Purchase(d("9998-01-01"))).unwrap_err().code(),
        ErrorCode::DateOutOfRange
    );
    assert_eq!(
        window(Start::Purchase(d("9999-12-31"))).unwrap_err().code(),
        ErrorCode::DateOutOfRange
    );
    let request = WindowRequest {
        offer: Offer::ActionPack,
        start: Start::Anniversary(d("9950-01-01")),
        leap_day: LeapDay::Feb28,
    };
    assert_eq!(
        project_renewals(request, 100)
            .map(|_| ())
            .unwrap_err()
            .code(),
        ErrorCode::DateOutOfRange
    );
    assert!(project_renewals(request, 49).is_ok());
}

// docs/rules.md#offers: "MPN membership itself doesn't need an annual
// renewal": `NO_RENEWAL_REQUIRED`, a question with an answer.
#[test]
fn offers_membership_needs_no_renewal() {
    let error = Offer::from_name("membership").unwrap_err();
    assert_eq!(error.code(), ErrorCode::NoRenewalRequired);
    assert!(error.message().contains("no annual renewal"));
    assert_eq!(
        Offer::from_name("ActionPack").unwrap_err().code(),
        ErrorCode::InvalidOffer
    );
}

// docs/rules.md#status: the status "if I do nothing", day by day across
// worked example 1.
#[test]
fn status_through_the_year() {
    let window = purchase(Offer::ActionPack, "2018-09-01", LeapDay::Feb28);
    let cases = [
        ("2018-08-31", Phase::BeforePurchase, false, false, None),
        ("2018-09-01", Phase::Active, true, false, None),
        ("2019-09-01", Phase::Active, true, false, None),
        ("2019-09-02", Phase::RenewalWindow, true, true, Some(30)),
        ("2019-10-01", Phase::RenewalWindow, true, true, Some(1)),
        ("2019-10-02", Phase::Lost, false, false, None),
    ];
    for (day, phase, benefits, can_renew, days_left) in cases {
        let status = status_on(&window, d(day));
        assert_eq!(
            (
                status.phase,
                status.benefits_active,
                status.can_renew,
                status.days_left_to_renew
            ),
            (phase, benefits, can_renew, days_left),
            "{day}"
        );
    }
    assert!(status_on(&window, d("2019-08-17")).reminder_today);
    assert!(status_on(&window, d("2019-09-24")).reminder_today);
    assert!(!status_on(&window, d("2019-09-25")).reminder_today);
    // Without a purchase date there is no "before purchase".
    let window = from_anniversary(Offer::ActionPack, "2018-10-15");
    assert_eq!(status_on(&window, d("1900-01-01")).phase, Phase::Active);
}
