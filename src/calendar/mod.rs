//! What the calendar shows: [`model`] computes it as data (pure, tested
//! natively); [`drawing`] turns it and the words into drawings (pure);
//! [`widget`] is the element's whole shadow content as one drawing;
//! [`html`] writes a drawing as HTML, [`dom`] into the page, where
//! [`segments`] let a redraw leave alone what did not change.

pub mod dom;
pub mod drawing;
pub mod html;
pub mod model;
pub mod portfolio;
pub mod segments;
pub mod widget;
