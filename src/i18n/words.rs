//! What a language must say: [`Words`], one field per word. Each language
//! is one constant of this type ([`super::en::EN`], [`super::fr::FR`]), so
//! the words are looked up by typed keys and a missing one does not compile.
//! Beside it, in the same file, each language has the words that the wasm
//! module never shows: the page's ([`PageWords`]) and the load-failure
//! sentence, which reach JavaScript through generated blocks instead (a
//! [`Words`] constant is linked into the module whole).
//! Sentences hold `{}` where a date or a number goes ([`super::fill_template`]).

/// Every word of the widget and its page in one language.
#[derive(Clone, Copy, Debug)]
pub struct Words {
    /// The marks of a day (legend and day labels).
    pub marks: MarkWords,
    /// The events of the timeline.
    pub events: EventWords,
    /// The Microsoft Action Pack's name.
    pub action_pack: &'static str,
    /// A competency.
    pub competency: &'static str,
    /// A status sentence: `{}` is the day, then its phase's clause
    /// ([`Words::status`]).
    pub status_on: &'static str,
    /// What holds on a day, for each phase: `{}` are the dates and counts
    /// each phase names. Said after [`Words::status_on`]'s day, or, in a
    /// portfolio's list, after an offer's label (the day is then in the
    /// list's heading, [`Words::offers_on`]).
    pub status: PhaseWords,
    /// The unit after "1" (with the space before it).
    pub day: &'static str,
    /// The unit after any other count.
    pub days: &'static str,
    /// Said after the status when a reminder is sent that day.
    pub reminder_today: &'static str,
    /// An agenda item's day, seen from today: `[on today, in {} (a count
    /// of days)]`.
    pub from_today: [&'static str; 2],
    /// R6: the next anniversary after renewing; `{}` is its date.
    pub next_anniversary: &'static str,
    /// The COVID-19 outcome, for each reason (C1 to C4).
    pub covid: ReasonWords,
    /// The project's decisions, shown as notes where they apply.
    pub notes: NoteWords,
    /// What separates a date from its text.
    pub colon: &'static str,
    /// What separates the offers of one day in its accessible name.
    pub semicolon: &'static str,
    /// A mark of one offer of a portfolio: `{}` the marks, then the offer's label.
    pub of_offer: &'static str,
    /// The heading of a portfolio's offers with their status on today: `{}`
    /// is today (without a today: [`UiWords::offers`]).
    pub offers_on: &'static str,
    /// The element's own words (`uiStrings`).
    pub ui: UiWords,
    /// What each error code means, after [`UiWords::error_title`].
    pub errors: ErrorWords,
    /// The words of the `.ics` file.
    pub calendar_file: CalendarFileWords,
    /// Dates in words.
    pub dates: DateWords,
}

/// One word per [`crate::calendar::model::Mark`].
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct MarkWords {
    pub anniversary: &'static str,
    pub window: &'static str,
    pub last_day: &'static str,
    pub reminder: &'static str,
    pub loss: &'static str,
    pub reactivation_deadline: &'static str,
    pub today: &'static str,
}

/// One sentence per [`crate::rules::timeline::TimelineEvent`].
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct EventWords {
    pub first_reminder: &'static str,
    pub anniversary: &'static str,
    pub window_opens: &'static str,
    pub second_reminder: &'static str,
    pub last_day_to_renew: &'static str,
    pub loss_date: &'static str,
    pub reactivation_deadline: &'static str,
}

/// One sentence per [`crate::rules::status::Phase`].
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct PhaseWords {
    pub before_purchase: &'static str,
    pub active: &'static str,
    pub renewal_window: &'static str,
    pub reactivation: &'static str,
    pub lost: &'static str,
}

/// One sentence per [`crate::rules::covid_outcome::Reason`].
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct ReasonWords {
    pub eligible: &'static str,
    pub not_a_competency: &'static str,
    pub anniversary_outside_range: &'static str,
    pub not_moved_to_partner_center: &'static str,
}

/// One sentence per [`crate::rules::notes::Note`].
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct NoteWords {
    pub leap_day_feb28: &'static str,
    pub leap_day_mar1: &'static str,
    pub renewal_drift: &'static str,
    pub extended_in_2021: &'static str,
    pub reactivation: &'static str,
    pub from_anniversary: &'static str,
}

/// The element's words, besides the errors (`uiStrings` keys in brackets).
#[derive(Clone, Copy, Debug)]
pub struct UiWords {
    /// The download button (`download`).
    pub download: &'static str,
    /// The legend's accessible name (`legend`).
    pub legend: &'static str,
    /// The timeline's heading (`timeline`).
    pub timeline: &'static str,
    /// The notes' heading (`notes`).
    pub notes: &'static str,
    /// Before an error's sentence (`errorTitle`).
    pub error_title: &'static str,
    /// After a restart of the module (`restarted`).
    pub restarted: &'static str,
    /// A trap of the module (`INTERNAL`).
    pub internal: &'static str,
    /// The list of a portfolio's offers (`offers`).
    pub offers: &'static str,
    /// A portfolio's agenda, from today on (`agenda`).
    pub agenda: &'static str,
    /// Where the status on today will be, in a calendar rendered ahead of
    /// time without a today (`statusPending`).
    pub status_pending: &'static str,
}

/// One sentence per [`crate::ErrorCode`] (`uiStrings` key: the code).
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct ErrorWords {
    pub invalid_input: &'static str,
    pub missing_field: &'static str,
    pub conflicting_fields: &'static str,
    pub invalid_date: &'static str,
    pub date_out_of_range: &'static str,
    pub invalid_offer: &'static str,
    pub no_renewal_required: &'static str,
    pub invalid_option: &'static str,
}

/// The words of the `.ics` file's descriptions.
#[derive(Clone, Copy, Debug)]
pub struct CalendarFileWords {
    /// Where the rules come from, before the rule ids.
    pub source: &'static str,
    /// Before one rule id.
    pub rule: &'static str,
    /// Before several.
    pub rules: &'static str,
}

/// The names dates are written with (`Intl`'s own for `en` and `fr`).
#[derive(Clone, Copy, Debug)]
pub struct DateWords {
    /// January to December.
    pub months: [&'static str; 12],
    /// From Sunday.
    pub weekdays: [&'static str; 7],
    /// From Sunday, abbreviated.
    pub weekdays_short: [&'static str; 7],
    /// After the day number of the first of a month ("er" in French: « 1er octobre »).
    pub first_of_month: &'static str,
}

/// The page's words, by their `data-i18n` key.
#[derive(Clone, Copy, Debug)]
pub struct PageWords {
    /// `data-i18n="title"` in `www/index.html`.
    pub title: &'static str,
    /// `data-i18n="intro"` in `www/index.html`.
    pub intro: &'static str,
    /// `data-i18n="membershipNote"` in `www/index.html`.
    pub membership_note: &'static str,
    /// `data-i18n="inputs"` in `www/index.html`.
    pub inputs: &'static str,
    /// `data-i18n="offer"` in `www/index.html`.
    pub offer: &'static str,
    /// `data-i18n="actionPack"` in `www/index.html`.
    pub action_pack: &'static str,
    /// `data-i18n="competency"` in `www/index.html`.
    pub competency: &'static str,
    /// `data-i18n="startFrom"` in `www/index.html`.
    pub start_from: &'static str,
    /// `data-i18n="startPurchase"` in `www/index.html`.
    pub start_purchase: &'static str,
    /// `data-i18n="startAnniversary"` in `www/index.html`.
    pub start_anniversary: &'static str,
    /// `data-i18n="date"` in `www/index.html`.
    pub date: &'static str,
    /// `data-i18n="leapDay"` in `www/index.html`.
    pub leap_day: &'static str,
    /// `data-i18n="feb28"` in `www/index.html`.
    pub feb28: &'static str,
    /// `data-i18n="mar1"` in `www/index.html`.
    pub mar1: &'static str,
    /// `data-i18n="covid"` in `www/index.html`.
    pub covid: &'static str,
    /// `data-i18n="moved"` in `www/index.html`.
    pub moved: &'static str,
    /// `data-i18n="edition"` in `www/index.html`.
    pub edition: &'static str,
    /// `data-i18n="edition2020-06"` in `www/index.html`.
    pub edition2020_06: &'static str,
    /// `data-i18n="edition2020-08"` in `www/index.html`.
    pub edition2020_08: &'static str,
    /// `data-i18n="today"` in `www/index.html`.
    pub today: &'static str,
    /// `data-i18n="language"` in `www/index.html`.
    pub language: &'static str,
    /// `data-i18n="calendar"` in `www/index.html`.
    pub calendar: &'static str,
    /// `data-i18n="source"` in `www/index.html`.
    pub source: &'static str,
    // The several-offers form and its paste box (`www/paste.js`).
    /// The choice between one offer and several (a legend).
    pub mode: &'static str,
    /// One offer (a choice of `mode`).
    pub mode_one: &'static str,
    /// Several offers (a choice of `mode`).
    pub mode_several: &'static str,
    /// The heading of the list of offers.
    pub your_offers: &'static str,
    /// An offer of the list; the page appends its number.
    pub offer_number: &'static str,
    /// An offer's label.
    pub label: &'static str,
    /// The button that adds an offer to the list.
    pub add_offer: &'static str,
    /// The button that removes an offer from the list.
    pub remove_offer: &'static str,
    /// What an offer's date is (the purchase date or the anniversary).
    pub date_is: &'static str,
    /// The list of offers when it is empty.
    pub no_offers: &'static str,
    /// The heading of the box where a table is pasted.
    pub paste: &'static str,
    /// What the paste box reads.
    pub paste_help: &'static str,
    /// What the pasted dates are: the purchase dates or the anniversaries.
    pub paste_dates_are: &'static str,
    /// The button that adds the pasted rows as offers.
    pub paste_read: &'static str,
    /// The button that empties the paste box.
    pub paste_clear: &'static str,
    /// The heading of the pasted rows that could not be read.
    pub paste_problems: &'static str,
    /// A line of the pasted text; the page appends its number.
    pub paste_line: &'static str,
    /// The question asked when a pasted date reads two ways.
    pub paste_which_date: &'static str,
    /// The question asked when a pasted label names no offer.
    pub paste_which_offer: &'static str,
    /// How many pasted rows became offers: `{}` is the count.
    pub paste_added: &'static str,
    /// Why a pasted row was not read: `noDate` in `www/paste.js`.
    pub paste_no_date: &'static str,
    /// Why a pasted row was not read: `badDate`.
    pub paste_bad_date: &'static str,
    /// Why a pasted row was not read: `noLabel`.
    pub paste_no_label: &'static str,
    /// Why a pasted row was not read: `labelTooLong`; `{}` is the longest label (`MAX_LABEL`).
    pub paste_label_too_long: &'static str,
    /// Why a pasted row was not read: `controlCharacter`.
    pub paste_control_character: &'static str,
    /// Why a pasted row was not read: `tooManyRows`; `{}` is the most offers (`MAX_OFFERS`).
    pub paste_too_many_rows: &'static str,
}

impl PageWords {
    /// Every word with its `data-i18n` key, in the order of the page.
    pub fn entries(&self) -> [(&'static str, &'static str); 49] {
        [
            ("title", self.title),
            ("intro", self.intro),
            ("membershipNote", self.membership_note),
            ("inputs", self.inputs),
            ("offer", self.offer),
            ("actionPack", self.action_pack),
            ("competency", self.competency),
            ("startFrom", self.start_from),
            ("startPurchase", self.start_purchase),
            ("startAnniversary", self.start_anniversary),
            ("date", self.date),
            ("leapDay", self.leap_day),
            ("feb28", self.feb28),
            ("mar1", self.mar1),
            ("covid", self.covid),
            ("moved", self.moved),
            ("edition", self.edition),
            ("edition2020-06", self.edition2020_06),
            ("edition2020-08", self.edition2020_08),
            ("today", self.today),
            ("language", self.language),
            ("calendar", self.calendar),
            ("source", self.source),
            ("mode", self.mode),
            ("modeOne", self.mode_one),
            ("modeSeveral", self.mode_several),
            ("yourOffers", self.your_offers),
            ("offerNumber", self.offer_number),
            ("label", self.label),
            ("addOffer", self.add_offer),
            ("removeOffer", self.remove_offer),
            ("dateIs", self.date_is),
            ("noOffers", self.no_offers),
            ("paste", self.paste),
            ("pasteHelp", self.paste_help),
            ("pasteDatesAre", self.paste_dates_are),
            ("pasteRead", self.paste_read),
            ("pasteClear", self.paste_clear),
            ("pasteProblems", self.paste_problems),
            ("pasteLine", self.paste_line),
            ("pasteWhichDate", self.paste_which_date),
            ("pasteWhichOffer", self.paste_which_offer),
            ("pasteAdded", self.paste_added),
            ("pasteNoDate", self.paste_no_date),
            ("pasteBadDate", self.paste_bad_date),
            ("pasteNoLabel", self.paste_no_label),
            ("pasteLabelTooLong", self.paste_label_too_long),
            ("pasteControlCharacter", self.paste_control_character),
            ("pasteTooManyRows", self.paste_too_many_rows),
        ]
    }
}
