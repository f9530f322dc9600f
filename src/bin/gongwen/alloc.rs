//! The binary's memory: mimalloc, told to keep the pages it frees, on
//! small pages.
//!
//! Parsing makes many small allocations, which mimalloc serves faster than
//! glibc (≈ 5 % end to end). Two of its defaults cost the binary time
//! (docs/performance.md has the numbers):
//!
//! - It hands memory that has sat free for a while back to the system
//!   (`MADV_DONTNEED`), and the next document faults the same pages in
//!   again, one at a time and zeroed by the kernel: on 10 MB inputs parsed
//!   one after another, up to a quarter of the run went to system time.
//!   Reset instead (`MADV_FREE`): the kernel may still take the pages back
//!   when memory is short, and takes no fault while it does not.
//! - It asks for transparent huge pages on its arenas (`MADV_HUGEPAGE`).
//!   Where the kernel compacts memory to find one on the spot (the common
//!   `defrag=madvise` setting), a fault can wait milliseconds: a run over
//!   one small notice spent 30–47 ms of CPU instead of 6. The process turns
//!   transparent huge pages off for itself (`PR_SET_THP_DISABLE`, what
//!   mimalloc itself does for `MIMALLOC_ALLOW_THP=0`).
//!
//! Either is left as it is when the user set its mimalloc variable
//! (`MIMALLOC_PURGE_DECOMMITS`, `MIMALLOC_ALLOW_THP`).
//!
//! `benches/end_to_end.rs` includes this file, so the bench runs the binary's
//! allocator as the binary sets it up.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_decommits`: its place in the option enum of
/// `mimalloc.h`, the same in v3 (what `libmimalloc-sys` builds by default)
/// and v2; the `extended` bindings name only some options.
pub const PURGE_DECOMMITS: libmimalloc_sys::mi_option_t = 5;

/// Set the allocator up as the binary wants it (see the module docs); call
/// first thing in `main`.
pub fn set_up() {
    if std::env::var_os("MIMALLOC_PURGE_DECOMMITS").is_none() {
        // SAFETY: sets one of mimalloc's option values; any value is valid
        // and mimalloc reads it only when it next purges.
        unsafe { libmimalloc_sys::mi_option_set(PURGE_DECOMMITS, 0) }
    }
    #[cfg(target_os = "linux")]
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // SAFETY: prctl with PR_SET_THP_DISABLE takes plain integers and
        // changes only whether this process's faults may map huge pages.
        // It fails only on kernels older than 3.15, which keep them on.
        let _ = unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1 as libc::c_ulong, 0, 0, 0) };
    }
}
