//! A contact value (phone number, e-mail address, opening hours) as a
//! link where it can be one.

use leptos::prelude::*;

/// The link for a contact value: `mailto:` for an e-mail address, `tel:`
/// (without spaces) for a phone number, none for anything else.
pub fn contact_href(value: &str) -> Option<String> {
    let value = value.trim();
    let phone_char = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')');
    if value.contains('@') {
        Some(format!("mailto:{value}"))
    } else if value.chars().any(|c| c.is_ascii_digit()) && value.chars().all(phone_char) {
        Some(format!("tel:{}", value.replace(' ', "")))
    } else {
        None
    }
}

/// A contact value, as a link where it can be one.
pub fn contact_link(value: String) -> AnyView {
    match contact_href(&value) {
        Some(href) => view! { <strong><a href=href>{value}</a></strong> }.into_any(),
        None => view! { <strong>{value}</strong> }.into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::contact_href;

    #[test]
    fn phone_numbers_and_addresses_become_links() {
        assert_eq!(
            contact_href("088 123 45 90").as_deref(),
            Some("tel:0881234590")
        );
        assert_eq!(contact_href("112").as_deref(), Some("tel:112"));
        assert_eq!(
            contact_href(" +31 88 123 45 00 ").as_deref(),
            Some("tel:+31881234500")
        );
        assert_eq!(
            contact_href("portaal@ziekenhuis-delinde.example").as_deref(),
            Some("mailto:portaal@ziekenhuis-delinde.example")
        );
    }

    #[test]
    fn other_text_is_not_a_link() {
        assert_eq!(contact_href("Balie, begane grond"), None);
        assert_eq!(contact_href("ma-vr 8-17 uur"), None);
        assert_eq!(contact_href(""), None);
        assert_eq!(contact_href(" - "), None);
    }
}
