// The page's own words: its title, form and footer, in "en" and "fr". They
// live with the page, not in the wasm module, so that a site embedding only
// the element does not download a form it never shows; but they are written
// in one place with every other word, src/i18n/en.rs and src/i18n/fr.rs
// (`page`), and the block below is generated from there by
// tests/sourcegen.rs (`UPDATE_GENERATED=1 cargo test --test sourcegen`).
// tests/node/page-words.test.mjs checks that every `data-i18n` key of
// index.html has a word here or in the module, in both languages.
// BEGIN GENERATED page-words
export const PAGE_WORDS = {
  en: {
    title: "MPN renewal calendar",
    intro: "When must your Microsoft Action Pack or competency be renewed, when will Microsoft remind you, and on which day are the benefits lost if you do not renew?",
    membershipNote: "The MPN membership itself needs no annual renewal: only the Microsoft Action Pack and competencies are renewed every year.",
    inputs: "Your offer",
    offer: "Offer",
    actionPack: "Microsoft Action Pack",
    competency: "Competency (silver or gold)",
    startFrom: "I know",
    startPurchase: "the purchase date",
    startAnniversary: "the anniversary (“renewal start date” in Partner Center)",
    date: "Date",
    leapDay: "Bought on 29 February: in a year without it, the anniversary is",
    feb28: "28 February (default)",
    mar1: "1 March",
    covid: "Apply the COVID-19 extension (competencies)",
    moved: "Membership moved to Partner Center",
    edition: "Edition of the article",
    "edition2020-06": "June 2020: anniversaries 1 January to 30 June 2020",
    "edition2020-08": "August 2020: anniversaries 1 July to 31 December 2020",
    today: "What if today is",
    language: "Language",
    calendar: "Renewal calendar",
    source: "Rules: the Partner Center article “Renew your MPN offers for Microsoft Action Pack and competencies during the renewal window” (5 June 2020).",
  },
  fr: {
    title: "Calendrier de renouvellement MPN",
    intro: "Quand renouveler votre Microsoft Action Pack ou votre compétence, quand Microsoft vous le rappelle-t-il, et quel jour perdez-vous vos avantages faute de renouvellement ?",
    membershipNote: "L’appartenance au Microsoft Partner Network lui-même ne nécessite pas de renouvellement annuel : seuls le Microsoft Action Pack et les compétences se renouvellent chaque année.",
    inputs: "Votre offre",
    offer: "Offre",
    actionPack: "Microsoft Action Pack",
    competency: "Compétence (Silver ou Gold)",
    startFrom: "Je connais",
    startPurchase: "la date d’achat",
    startAnniversary: "la date anniversaire (« date de début du renouvellement » dans l’Espace partenaires)",
    date: "Date",
    leapDay: "Achat un 29 février : une année sans 29 février, la date anniversaire est le",
    feb28: "28 février (par défaut)",
    mar1: "1er mars",
    covid: "Appliquer l’extension COVID-19 (compétences)",
    moved: "Abonnement déplacé vers l’Espace partenaires",
    edition: "Édition de l’article",
    "edition2020-06": "juin 2020 : dates anniversaires du 1er janvier au 30 juin 2020",
    "edition2020-08": "août 2020 : dates anniversaires du 1er juillet au 31 décembre 2020",
    today: "Et si nous étions le",
    language: "Langue",
    calendar: "Calendrier de renouvellement",
    source: "Règles : l’article de l’Espace partenaires « Renouveler vos offres MPN pour Microsoft Action Pack et les compétences au cours de la fenêtre de renouvellement » (5 juin 2020).",
  },
};
// END GENERATED page-words
