//! FHIR search URLs: building them, and reading them back (the demo server
//! and `next` links).

/// A search on one resource type, e.g. `Appointment?patient=emma&_count=20`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchQuery {
    resource: &'static str,
    params: Vec<(String, String)>,
}

impl SearchQuery {
    /// A search on `resource` with no parameters yet.
    pub fn new(resource: &'static str) -> Self {
        Self {
            resource,
            params: Vec::new(),
        }
    }

    /// Adds `name=value`.
    pub fn param(mut self, name: &str, value: impl Into<String>) -> Self {
        self.params.push((name.to_string(), value.into()));
        self
    }

    /// Asks for pages of `n` entries.
    pub fn count(self, n: u32) -> Self {
        self.param("_count", n.to_string())
    }

    /// The relative URL, percent-encoded.
    pub fn to_url(&self) -> String {
        if self.params.is_empty() {
            return self.resource.to_string();
        }
        let query = self
            .params
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        format!("{}?{}", self.resource, query)
    }
}

/// `path` with `params` ("a=1") as its query string, if any.
pub fn with_query(path: &str, params: &[String]) -> String {
    if params.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", params.join("&"))
    }
}

/// Percent-encodes a query component (RFC 3986 unreserved characters stay;
/// `|`, `,` and `:` too, as FHIR token and list syntax uses them).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'~'
            | b'|'
            | b','
            | b':' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Decodes percent-encoding and `+` as space; invalid escapes stay as written.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A request URL split into its path (below the FHIR base) and its query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedUrl {
    /// Path segments, e.g. `["Patient", "emma"]`.
    pub segments: Vec<String>,
    /// Decoded query parameters in order.
    pub params: Vec<(String, String)>,
}

impl ParsedUrl {
    /// The value of the first parameter `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Splits `url` (relative, or absolute below `base`) into path and query.
/// Returns `None` for an absolute URL outside `base`.
pub fn parse_url(url: &str, base: &str) -> Option<ParsedUrl> {
    let path_part = url.split('?').next().unwrap_or(url);
    let rest = if path_part.contains("://") {
        let base = base.trim_end_matches('/');
        let rest = url.strip_prefix(base)?;
        if !(rest.is_empty() || rest.starts_with('/') || rest.starts_with('?')) {
            return None;
        }
        rest
    } else {
        url
    };
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let segments = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(decode)
        .collect();
    let params = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect();
    Some(ParsedUrl { segments, params })
}

/// `text` without the characters nobody sees (zero-width space and joiners,
/// word joiner, byte-order mark, soft hyphen), lowercased: how a name is
/// compared in a search, on both sides, so "Hemo\u{200B}globin" is found by
/// "hemoglobin" and the other way round.
pub fn searchable(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
            )
        })
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_encoded_search_urls() {
        let q = SearchQuery::new("RelatedPerson")
            .param(
                "identifier",
                "http://fhir.nl/fhir/NamingSystem/bsn|111222333",
            )
            .count(50);
        assert_eq!(
            q.to_url(),
            "RelatedPerson?identifier=http:%2F%2Ffhir.nl%2Ffhir%2FNamingSystem%2Fbsn|111222333&_count=50"
        );
        assert_eq!(SearchQuery::new("Patient").to_url(), "Patient");
        assert_eq!(
            SearchQuery::new("X").param("q", "a b&c=é").to_url(),
            "X?q=a%20b%26c%3D%C3%A9"
        );
    }

    #[test]
    fn parses_relative_and_absolute_urls_and_refuses_other_hosts() {
        let p = parse_url("Observation?patient=emma&_count=20&_offset=40", "").unwrap();
        assert_eq!(p.segments, vec!["Observation"]);
        assert_eq!(p.get("_offset"), Some("40"));
        let p = parse_url(
            "https://fhir.example/r4/Patient/emma?x=%C3%A9+f",
            "https://fhir.example/r4/",
        )
        .unwrap();
        assert_eq!(p.segments, vec!["Patient", "emma"]);
        assert_eq!(p.get("x"), Some("é f"));
        assert_eq!(
            parse_url("https://evil.example/r4/Patient", "https://fhir.example/r4"),
            None
        );
        assert_eq!(
            parse_url(
                "https://fhir.example/r4evil/Patient",
                "https://fhir.example/r4"
            ),
            None
        );
    }

    #[test]
    fn decoding_survives_broken_escapes() {
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz"), "%zz");
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("%41"), "A");
        assert_eq!(decode("%FF"), "\u{FFFD}");
    }

    #[test]
    fn round_trip() {
        for text in ["a|b", "é ü/?&=#", "", "2026-11-23T10:00:00+01:00"] {
            assert_eq!(decode(&encode(text)), text);
        }
    }
}
