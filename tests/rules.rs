//! Native tests of every rule (R1..R6) and decision (C1..C5) of the rule
//! book, each citing where its expected values come from.
// Tests may panic: a failed expectation is the point.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use mpn_renewal_calendar::i18n::contract::covid_message;
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

// Rule book, worked example 1; the article: "if you purchased ... on September 1,
// 2018, your renewal window begins on September 2, 2019".
#[test]
fn worked_example_action_pack_bought_2018_09_01() {
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

// Rule book, worked example 2; the Microsoft support note: expiry 2018-10-15,
// "you will have until 14th of November 2018".
#[test]
fn worked_example_anniversary_2018_10_15() {
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

// Rule book, worked example 3: C1 to C5 under the 06/05/2020 edition.
#[test]
fn worked_example_competency_covid_applied() {
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
}

// R3: "You have 30 days after your anniversary date to renew": 30 days, inclusive.
#[test]
fn r3_the_window_is_thirty_days() {
    let window = from_anniversary(Offer::ActionPack, "2019-01-31");
    assert_eq!(
        window.window_opens.days_until(window.last_day_to_renew) + 1,
        30
    );
    assert_eq!(window.last_day_to_renew.days_until(window.loss_date), 1);
}

// R1 default: Feb 29 purchase clamps to Feb 28; the option gives Mar 1.
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

// R1 across century years: 1900 and 2100 are not leap years, 2000 is.
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

// R2 to R5 across a year end.
#[test]
fn year_ends() {
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

// R6: "your new anniversary date will be 365 days after your current anniversary".
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
}

// The supported range is 0001-01-01..=9999-12-31, for inputs and results.
#[test]
fn range_limits() {
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

// "MPN membership itself doesn't need an annual renewal."
#[test]
fn membership_needs_no_renewal() {
    let error = Offer::from_name("membership").unwrap_err();
    assert_eq!(error.code(), ErrorCode::NoRenewalRequired);
    assert!(error.message().contains("no annual renewal"));
    assert_eq!(
        Offer::from_name("ActionPack").unwrap_err().code(),
        ErrorCode::InvalidOffer
    );
}

// C1: each reason, in the order the conditions are checked.
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
}

// C1 range bounds for both editions, kept as data.
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

// C3: "through your next anniversary date in 2021", not R6's 365 days.
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

// C2, C5: R2 to R5 are unchanged by the extension.
#[test]
fn c2_c5_window_and_reminders_unchanged() {
    for anniversary in ["2020-01-01", "2020-02-29", "2020-06-30"] {
        let base = from_anniversary(Offer::Competency, anniversary);
        let extended = apply_covid_extension(&base, moved(Edition::June2020)).unwrap();
        assert_eq!(dates(&base)[..6], dates(&extended)[..6]);
    }
}

// C4: a reactivation deadline only when the loss date is on or before it.
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

#[test]
fn edition_names() {
    assert_eq!(Edition::from_name("2020-06").unwrap(), Edition::June2020);
    assert_eq!(Edition::from_name("2020-08").unwrap(), Edition::August2020);
    assert_eq!(
        Edition::from_name("2020-07").unwrap_err().code(),
        ErrorCode::InvalidOption
    );
}

// Status "if I do nothing", day by day across worked example 1.
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

// C4 in the status: between the loss date and the reactivation deadline.
#[test]
fn status_reactivation_phase() {
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
