//! The sizes the server accepts, shared so the device checks the same and the OpenAPI document
//! states them (a client generated from it does not send what would be refused).

/// Characters in a title a person wrote.
pub const MAX_TITLE: usize = 200;
/// Characters in a message or a description.
pub const MAX_BODY: usize = 4000;
/// Characters in a reason or an agenda question.
pub const MAX_REASON: usize = 500;
/// Characters in an id.
pub const MAX_ID: usize = 100;
/// Mutations in one sync request: a device with more sends them over several.
pub const MAX_MUTATIONS: usize = 500;
/// Message ids one `mark_messages_read` may name; a device with more sends several.
pub const MAX_READ_IDS: usize = 1000;
/// Characters in a participant's proposal for a better wording of one of the app's texts.
pub const MAX_WORDING: usize = 1000;
/// Bytes in one page of a document (a photo or a scan): the device shrinks images far below.
pub const MAX_PAGE_BYTES: u64 = 10 * 1024 * 1024;
/// Bytes in one page that is a PDF (a whole scanned document from the institution).
pub const MAX_PDF_BYTES: u64 = 20 * 1024 * 1024;
/// Bytes in all the pages of one recognition case together.
pub const MAX_CASE_BYTES: u64 = 60 * 1024 * 1024;
/// Bytes in one upload request (`PUT /api/v1/pages/{id}/upload`): a page travels in chunks.
pub const MAX_PAGE_CHUNK: usize = 256 * 1024;
/// Pages in one document.
pub const MAX_PAGES_PER_DOCUMENT: u32 = 50;
