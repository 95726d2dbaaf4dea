/// FNV-1a over the keys, each followed by a newline: identifies a key list.
/// Included by `build.rs` and by `i18n/mod.rs`, so both compute the same.
fn fingerprint<'a>(keys: impl Iterator<Item = &'a String>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for key in keys {
        for byte in key.bytes().chain(std::iter::once(b'\n')) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}
