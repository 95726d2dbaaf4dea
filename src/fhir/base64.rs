//! Standard base64 decoding for `Attachment.data` (a few lines instead of a
//! crate; whitespace is skipped, anything else invalid is an error).

/// Decodes standard base64 (with or without padding).
pub fn decode(text: &str) -> Option<Vec<u8>> {
    fn value(c: u8) -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        } as u32)
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    let mut padding = false;
    for c in text.bytes() {
        if c.is_ascii_whitespace() {
            continue;
        }
        if c == b'=' {
            padding = true;
            continue;
        }
        if padding {
            return None;
        }
        acc = (acc << 6) | value(c)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_padded_unpadded_and_wrapped_text() {
        assert_eq!(decode("SGFsbG8=").as_deref(), Some(&b"Hallo"[..]));
        assert_eq!(decode("SGFsbG8").as_deref(), Some(&b"Hallo"[..]));
        assert_eq!(decode("SGFs\nbG8h").as_deref(), Some(&b"Hallo!"[..]));
        assert_eq!(decode("").as_deref(), Some(&b""[..]));
        assert_eq!(
            String::from_utf8(decode("w6lsw6k=").unwrap()).unwrap(),
            "élé"
        );
    }

    #[test]
    fn refuses_invalid_text() {
        assert_eq!(decode("SGF*bG8="), None);
        assert_eq!(decode("SG=Fs"), None);
    }
}
