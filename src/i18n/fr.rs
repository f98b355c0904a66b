//! Every French word of the widget and its page, in one place.
//!
//! The terms are the article's own (*Renouveler vos offres MPN*):
//! « date anniversaire », « fenêtre de renouvellement », « Espace
//! partenaires ». French typography: a narrow no-break space before a colon
//! that separates a date from its text, a no-break space before a unit, and
//! « 1er » for the first of a month.

use super::words::*;

/// The French words.
pub const FR: Words = Words {
    marks: MarkWords {
        anniversary: "date anniversaire",
        window: "fenêtre de renouvellement",
        last_day: "dernier jour pour renouveler",
        reminder: "rappel de Microsoft",
        loss: "perte des avantages",
        reactivation_deadline: "dernier jour pour réactiver",
        today: "aujourd’hui",
    },
    events: EventWords {
        first_reminder: "premier rappel de Microsoft, 15 jours avant la date anniversaire",
        anniversary: "date anniversaire",
        window_opens: "ouverture de la fenêtre de renouvellement",
        second_reminder: "second rappel de Microsoft, 23 jours après la date anniversaire",
        last_day_to_renew: "dernier jour pour renouveler\u{202F}; vos avantages persistent jusqu’à ce jour inclus",
        loss_date: "perte des avantages et compétences faute de renouvellement",
        reactivation_deadline: "dernier jour pour réactiver la compétence en payant les frais (extension COVID-19)",
    },
    action_pack: "Microsoft Action Pack",
    competency: "Compétence",
    status_on: "Le {}\u{202F}: {}",
    status: PhaseWords {
        before_purchase: "pas encore acheté.",
        active: "vos avantages sont actifs\u{202F}; la fenêtre de renouvellement s’ouvre le {}.",
        renewal_window: "dans la fenêtre de renouvellement, encore {} pour renouveler (jusqu’au {}). Vos avantages persistent.",
        reactivation: "les avantages sont perdus, mais payer les frais réactive la compétence\u{202F}: encore {} (jusqu’au {}).",
        lost: "avantages et compétences perdus (depuis le {}) faute de renouvellement.",
    },
    day: "\u{A0}jour",
    days: "\u{A0}jours",
    from_today: ["aujourd’hui", "dans {}"],
    reminder_today: "Microsoft envoie un rappel ce jour-là.",
    next_anniversary: "En cas de renouvellement dans la fenêtre, la prochaine date anniversaire est le {} (365 jours plus tard).",
    covid: ReasonWords {
        eligible: "Extension COVID-19\u{202F}: vos besoins sont satisfaits pour ce renouvellement\u{202F}; les frais restent à payer dans la fenêtre de renouvellement, et la compétence est étendue jusqu’au {}.",
        not_a_competency: "Extension COVID-19\u{202F}: elle ne concerne que les compétences, pas le Microsoft Action Pack.",
        anniversary_outside_range: "Extension COVID-19\u{202F}: elle ne s’applique pas, la date anniversaire ({}) est hors de la période couverte.",
        not_moved_to_partner_center: "Extension COVID-19\u{202F}: il faut avoir déplacé votre abonnement du Partner Membership Center (PMC) vers l’Espace partenaires.",
    },
    notes: NoteWords {
        leap_day_feb28: "Achat un 29 février\u{202F}: l’article ne dit pas quand tombe la date anniversaire une année sans 29 février\u{202F}; ce calendrier retient le 28 février (l’option «\u{A0}1er mars\u{A0}» est proposée).",
        leap_day_mar1: "Achat un 29 février\u{202F}: l’article ne dit pas quand tombe la date anniversaire une année sans 29 février\u{202F}; comme choisi, ce calendrier retient le 1er mars.",
        renewal_drift: "Un renouvellement décale la date anniversaire de 365 jours, pas d’une année civile\u{202F}: après un 29 février, elle tombe un jour plus tôt.",
        extended_in_2021: "L’extension court jusqu’à la date anniversaire en 2021 ({}), comme le dit l’article («\u{A0}votre prochaine date anniversaire en 2021\u{A0}»), et non 365 jours plus tard.",
        reactivation: "Si la fenêtre est manquée, payer les frais réactive la compétence jusqu’au {}.",
        from_anniversary: "Calculé à partir de la date anniversaire (colonne «\u{A0}date de début du renouvellement\u{A0}» de l’Espace partenaires).",
    },
    colon: "\u{202F}: ",
    semicolon: "\u{202F}; ",
    of_offer: "{} – {}",
    offers_on: "Offres au {}",
    ui: UiWords {
        download: "Ajouter les rappels à mon agenda (.ics)",
        legend: "Légende",
        timeline: "Chronologie",
        notes: "Choix de calcul",
        error_title: "Calcul impossible\u{202F}:",
        restarted: "Le calendrier a rencontré une erreur interne et a redémarré\u{202F}; les dates ci-dessous sont recalculées.",
        internal: "une erreur interne a interrompu le calcul\u{202F}; rechargez la page pour réessayer.",
        offers: "Offres",
        agenda: "À faire ensuite",
        status_pending: "Ce qui vaut aujourd’hui, et le nombre de jours restants pour renouveler, s’affiche ici une fois le script du calendrier exécuté dans votre navigateur.",
    },
    errors: ErrorWords {
        invalid_input: "une donnée n’est pas valide.",
        missing_field: "il faut une date\u{202F}: la date d’achat ou la date anniversaire.",
        conflicting_fields: "indiquez la date d’achat ou la date anniversaire, pas les deux.",
        invalid_date: "la date doit être un jour qui existe, écrit AAAA-MM-JJ.",
        date_out_of_range: "les dates doivent rester entre 0001-01-01 et 9999-12-31.",
        invalid_offer: "l’offre doit être le Microsoft Action Pack ou une compétence.",
        no_renewal_required: "l’appartenance au MPN lui-même ne nécessite pas de renouvellement annuel.",
        invalid_option: "une option a une valeur qu’elle n’accepte pas.",
    },
    calendar_file: CalendarFileWords {
        source: "Source\u{202F}: l’article de l’Espace partenaires sur le renouvellement des offres MPN, ",
        rule: "règle ",
        rules: "règles ",
    },
    dates: DateWords {
        months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        weekdays: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
        weekdays_short: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
        first_of_month: "er",
    },
};

/// What the element says when its WebAssembly module cannot load (not in
/// the module: generated into `LOAD_FAILED` of the element).
pub const LOAD_FAILED: &str = "Le calendrier n’a pas pu être chargé (son module WebAssembly n’est pas arrivé ou n’est pas pris en charge ici). Rechargez la page pour réessayer.";

/// The page's own words (not in the module: generated into `www/page-words.js`).
pub const PAGE: PageWords = PageWords {
    title: "Calendrier de renouvellement MPN",
    intro: "Quand renouveler votre Microsoft Action Pack ou votre compétence, quand Microsoft vous le rappelle-t-il, et quel jour perdez-vous vos avantages faute de renouvellement\u{202F}?",
    membership_note: "L’appartenance au Microsoft Partner Network lui-même ne nécessite pas de renouvellement annuel\u{202F}: seuls le Microsoft Action Pack et les compétences se renouvellent chaque année.",
    inputs: "Votre offre",
    offer: "Offre",
    action_pack: "Microsoft Action Pack",
    competency: "Compétence (Silver ou Gold)",
    start_from: "Je connais",
    start_purchase: "la date d’achat",
    start_anniversary: "la date anniversaire («\u{A0}date de début du renouvellement\u{A0}» dans l’Espace partenaires)",
    date: "Date",
    leap_day: "Achat un 29 février\u{202F}: une année sans 29 février, la date anniversaire est le",
    feb28: "28 février (par défaut)",
    mar1: "1er mars",
    covid: "Appliquer l’extension COVID-19 (compétences)",
    moved: "Abonnement déplacé vers l’Espace partenaires",
    edition: "Édition de l’article",
    edition2020_06: "juin 2020\u{202F}: dates anniversaires du 1er janvier au 30 juin 2020",
    edition2020_08: "août 2020\u{202F}: dates anniversaires du 1er juillet au 31 décembre 2020",
    today: "Et si nous étions le",
    language: "Langue",
    calendar: "Calendrier de renouvellement",
    source: "Règles\u{202F}: l’article de l’Espace partenaires «\u{A0}Renouveler vos offres MPN pour Microsoft Action Pack et les compétences au cours de la fenêtre de renouvellement\u{A0}» (5 juin 2020).",
    mode: "Calculer pour",
    mode_one: "Une offre",
    mode_several: "Plusieurs offres",
    your_offers: "Vos offres",
    offer_number: "Offre",
    label: "Libellé",
    add_offer: "Ajouter une offre",
    remove_offer: "Supprimer",
    date_is: "La date est",
    no_offers: "Aucune offre pour l’instant\u{202F}: ajoutez-en une ou collez un tableau.",
    paste: "Coller un tableau",
    paste_help: "Des lignes copiées d’une page web ou d’un tableur (séparées par des tabulations, ou CSV)\u{202F}: un libellé et une date par ligne, comme la liste des offres d’abonnement («\u{202F}Subscription offers\u{202F}») de l’Espace partenaires. Dates au format 2020-03-10, 3/10/2020 (États-Unis) ou 10/03/2020 (France).",
    paste_dates_are: "Les dates collées sont",
    paste_read: "Ajouter ces offres",
    paste_clear: "Effacer",
    paste_problems: "Lignes non lues",
    paste_line: "Ligne",
    paste_which_date: "De quelle date s’agit-il\u{202F}?",
    paste_which_offer: "De quelle offre s’agit-il\u{202F}?",
    paste_added: "Offres ajoutées\u{202F}: {}",
    paste_no_date: "aucune date trouvée",
    paste_bad_date: "la date est illisible",
    paste_no_label: "aucun libellé",
    paste_label_too_long: "le libellé dépasse {}\u{A0}caractères",
    paste_control_character: "le libellé contient un caractère de contrôle",
    paste_too_many_rows: "plus de {}\u{A0}offres",
};
