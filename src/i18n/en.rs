//! Every English word of the widget and its page, in one place.
//!
//! The keys are the fields of [`Words`]: a missing word does not compile, an
//! empty one fails a test (`every_word_is_written`).

use super::words::*;

/// The English words.
pub const EN: Words = Words {
    marks: MarkWords {
        anniversary: "anniversary",
        window: "renewal window",
        last_day: "last day to renew",
        reminder: "reminder from Microsoft",
        loss: "benefits lost",
        reactivation_deadline: "last day to reactivate",
        today: "today",
    },
    events: EventWords {
        first_reminder: "first reminder from Microsoft, 15 days before the anniversary",
        anniversary: "anniversary",
        window_opens: "the renewal window opens",
        second_reminder: "second reminder from Microsoft, 23 days after the anniversary",
        last_day_to_renew: "last day to renew; benefits continue through this day",
        loss_date: "benefits and competencies are lost if not renewed",
        reactivation_deadline: "last day to reactivate the competency by paying the fee (COVID-19 extension)",
    },
    action_pack: "Microsoft Action Pack",
    competency: "Competency",
    status: PhaseWords {
        before_purchase: "On {}: not bought yet.",
        active: "On {}: benefits are active; the renewal window opens on {}.",
        renewal_window: "On {}: in the renewal window, {} left to renew (through {}). Benefits continue.",
        reactivation: "On {}: benefits are lost, but paying the fee reactivates the competency: {} left (through {}).",
        lost: "On {}: benefits and competencies are lost (since {}) unless renewed.",
    },
    day: " day",
    days: " days",
    reminder_today: "Microsoft sends a reminder that day.",
    next_anniversary: "If renewed in the window, the next anniversary is {} (365 days later).",
    covid: ReasonWords {
        eligible: "COVID-19 extension: requirements are met for this renewal; the fee is still due in the renewal window, and the competency is extended through {}.",
        not_a_competency: "COVID-19 extension: it applies to competencies only, not to the Microsoft Action Pack.",
        anniversary_outside_range: "COVID-19 extension: it does not apply, the anniversary ({}) is outside the dates it covers.",
        not_moved_to_partner_center: "COVID-19 extension: it requires the membership to have moved from Partner Membership Center (PMC) to Partner Center.",
    },
    notes: NoteWords {
        leap_day_feb28: "Bought on 29 February: the article does not say when the anniversary falls in a year without 29 February; this calendar takes 28 February (the option “1 March” is available).",
        leap_day_mar1: "Bought on 29 February: the article does not say when the anniversary falls in a year without 29 February; as chosen, this calendar takes 1 March.",
        renewal_drift: "Renewing moves the anniversary 365 days on, not one calendar year: across a 29 February it falls one day earlier.",
        extended_in_2021: "The extension runs through the anniversary’s date in 2021 ({}), as the article says “your next anniversary date in 2021”, not 365 days later.",
        reactivation: "If the window is missed, paying the fee reactivates the competency through {}.",
        from_anniversary: "Computed from the anniversary (the “renewal start date” column of Partner Center).",
    },
    colon: ": ",
    semicolon: "; ",
    of_offer: "{} of {}",
    ui: UiWords {
        download: "Add the reminders to my calendar (.ics)",
        legend: "Legend",
        timeline: "Timeline",
        notes: "How this was decided",
        error_title: "This cannot be computed:",
        restarted: "The calendar hit an internal error and was restarted; the dates below are computed afresh.",
        internal: "an internal error stopped the calculation; reload the page to try again.",
        offers: "Offers",
        agenda: "What to do next",
        status_pending: "What holds today, and how many days are left to renew, shows here once the calendar's script has run in your browser.",
    },
    errors: ErrorWords {
        invalid_input: "some input is not valid.",
        missing_field: "a date is needed: the purchase date or the anniversary.",
        conflicting_fields: "give the purchase date or the anniversary, not both.",
        invalid_date: "the date must be a day that exists, written YYYY-MM-DD.",
        date_out_of_range: "the dates must stay between 0001-01-01 and 9999-12-31.",
        invalid_offer: "the offer must be the Microsoft Action Pack or a competency.",
        no_renewal_required: "the MPN membership itself needs no annual renewal.",
        invalid_option: "an option has a value it does not accept.",
    },
    calendar_file: CalendarFileWords {
        source: "Source: the Partner Center article on renewing MPN offers, ",
        rule: "rule ",
        rules: "rules ",
    },
    dates: DateWords {
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        weekdays_short: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
        first_of_month: "",
    },
};

/// What the element says when its WebAssembly module cannot load (not in
/// the module: generated into `LOAD_FAILED` of the element).
pub const LOAD_FAILED: &str = "The calendar could not be loaded (its WebAssembly module did not arrive or is not supported here). Reload the page to try again.";

/// The page's own words (not in the module: generated into `www/page-words.js`).
pub const PAGE: PageWords = PageWords {
    title: "MPN renewal calendar",
    intro: "When must your Microsoft Action Pack or competency be renewed, when will Microsoft remind you, and on which day are the benefits lost if you do not renew?",
    membership_note: "The MPN membership itself needs no annual renewal: only the Microsoft Action Pack and competencies are renewed every year.",
    inputs: "Your offer",
    offer: "Offer",
    action_pack: "Microsoft Action Pack",
    competency: "Competency (silver or gold)",
    start_from: "I know",
    start_purchase: "the purchase date",
    start_anniversary: "the anniversary (“renewal start date” in Partner Center)",
    date: "Date",
    leap_day: "Bought on 29 February: in a year without it, the anniversary is",
    feb28: "28 February (default)",
    mar1: "1 March",
    covid: "Apply the COVID-19 extension (competencies)",
    moved: "Membership moved to Partner Center",
    edition: "Edition of the article",
    edition2020_06: "June 2020: anniversaries 1 January to 30 June 2020",
    edition2020_08: "August 2020: anniversaries 1 July to 31 December 2020",
    today: "What if today is",
    language: "Language",
    calendar: "Renewal calendar",
    source: "Rules: the Partner Center article “Renew your MPN offers for Microsoft Action Pack and competencies during the renewal window” (5 June 2020).",
};
