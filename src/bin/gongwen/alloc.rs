//! The binary's allocator: mimalloc, told to keep the pages it frees.
//!
//! Parsing makes many small allocations, which mimalloc serves faster than
//! glibc (≈ 5 % end to end). Left at its defaults, it also hands memory that
//! has sat free for a while back to the system (`MADV_DONTNEED`), and the
//! next document faults the same pages in again, one at a time and zeroed
//! by the kernel: on 10 MB inputs parsed one after another, up to a quarter
//! of the run went to system time (docs/performance.md). Reset instead of
//! decommit (`MADV_FREE`): the kernel may still take the pages back when
//! memory is short, and takes no fault while it does not.
//!
//! `benches/end_to_end.rs` includes this file, so the bench runs the binary's
//! allocator as the binary sets it up.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_decommits`: its place in the option enum of
/// `mimalloc.h`, the same in v3 (what `libmimalloc-sys` builds by default)
/// and v2; the `extended` bindings name only some options.
pub const PURGE_DECOMMITS: libmimalloc_sys::mi_option_t = 5;

/// Purge freed memory by reset, not decommit, unless the user set
/// `MIMALLOC_PURGE_DECOMMITS` (mimalloc reads its environment at start-up;
/// a setting made there wins).
pub fn keep_freed_pages() {
    if std::env::var_os("MIMALLOC_PURGE_DECOMMITS").is_none() {
        // SAFETY: sets one of mimalloc's option values; any value is valid
        // and mimalloc reads it only when it next purges.
        unsafe { libmimalloc_sys::mi_option_set(PURGE_DECOMMITS, 0) }
    }
}
