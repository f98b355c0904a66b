//! The project's documents, as part of the crate's documentation.
//!
//! Each module below holds one page of `docs/` (or `CONTRIBUTING.md`) as it
//! is written in the repository, so that `cargo doc` renders and checks it
//! and the Rust code blocks in it run as doctests. The pages link to one
//! another with Markdown reference links whose labels are file names
//! (`[rules.md]`); each page defines them for reading on a code host, and the
//! definitions of `links!` come first here, so that in rustdoc the same
//! labels lead to these modules instead (the first definition of a label wins).

/// The reference-link definitions for rustdoc: each document's file name
/// leads to its module.
macro_rules! links {
    () => {
        "[accessibility.md]: crate::documentation::accessibility\n\
         [api.md]: crate::documentation::api\n\
         [architecture.md]: crate::documentation::architecture\n\
         [CONTRIBUTING.md]: crate::documentation::contributing\n\
         [embedding.md]: crate::documentation::embedding\n\
         [embedding-generators.md]: crate::documentation::embedding_generators\n\
         [performance.md]: crate::documentation::performance\n\
         [rules.md]: crate::documentation::rules\n\
         [types.d.ts]: crate::documentation::types\n"
    };
}

#[doc = links!()]
#[doc = include_str!("../docs/rules.md")]
pub mod rules {}

#[doc = links!()]
#[doc = include_str!("../docs/api.md")]
pub mod api {}

/// The TypeScript types of the JavaScript contract.
///
/// They are written once, in `src/wasm/types.d.ts`; wasm-bindgen copies them
/// into the generated `.d.ts`, and the package's types re-export them. This
/// page shows that file as it is.
///
#[doc = concat!("```ts\n", include_str!("wasm/types.d.ts"), "```")]
pub mod types {}

#[doc = links!()]
#[doc = include_str!("../docs/embedding.md")]
pub mod embedding {}

#[doc = links!()]
#[doc = include_str!("../docs/embedding-generators.md")]
pub mod embedding_generators {}

#[doc = links!()]
#[doc = include_str!("../docs/architecture.md")]
pub mod architecture {}

#[doc = links!()]
#[doc = include_str!("../docs/performance.md")]
pub mod performance {}

#[doc = links!()]
#[doc = include_str!("../docs/accessibility.md")]
pub mod accessibility {}

#[doc = links!()]
#[doc = include_str!("../CONTRIBUTING.md")]
pub mod contributing {}
