//! Stable sorting with one compiled copy of the sort.
//!
//! The standard library's stable sort is a few kilobytes of wasm, and each
//! call with its own element type or comparison compiles a copy of its own
//! (twenty copies were about 75 KB before compression). Here the sort runs
//! once, over indices, with the comparison behind a `dyn` reference; each
//! call site only moves its items into the order found.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (like
/// `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = sorted_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(order, &mut |a, b| items.swap(a, b));
}

/// Sorts `items` by the key `key` gives, keeping equal items in their order
/// (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Puts at each place `i` the item that was at `order[i]`, by swaps along
/// the permutation's cycles.
fn permute(mut order: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != at {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            swap(at, from);
            at = from;
        }
    }
}

/// The indices `0..len` in the order `compare` gives them (stable).
fn sorted_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|a, b| compare(*a, *b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        let mut expected = items.clone();
        expected.sort_by_key(|a| a.0);
        sort_by(&mut items, |a, b| a.0.cmp(&b.0));
        assert_eq!(items, expected);
        assert_eq!(
            items,
            vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
        );
        sort_by_key(&mut items, |i| std::cmp::Reverse(i.0));
        assert_eq!(
            items,
            vec![(3, 'a'), (3, 'c'), (2, 'd'), (1, 'b'), (1, 'e')]
        );
    }

    #[test]
    fn empty_and_single_lists_stay_as_they_are() {
        let mut none: Vec<String> = Vec::new();
        sort_by(&mut none, |a, b| a.cmp(b));
        assert!(none.is_empty());
        let mut one = vec!["x".to_string()];
        sort_by(&mut one, |a, b| b.cmp(a));
        assert_eq!(one, vec!["x"]);
    }

    #[test]
    fn any_order_comes_out_as_the_standard_sort_gives_it() {
        // A fixed pseudo-random sequence with many equal keys.
        let mut seed = 7u32;
        let mut items: Vec<(u32, usize)> = (0..500)
            .map(|i| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((seed >> 16) % 37, i)
            })
            .collect();
        let mut expected = items.clone();
        expected.sort_by_key(|a| std::cmp::Reverse(a.0));
        sort_by(&mut items, |a, b| b.0.cmp(&a.0));
        assert_eq!(items, expected);
    }

    #[test]
    fn a_long_list_in_reverse_comes_out_in_order() {
        let mut items: Vec<u32> = (0..1000).rev().collect();
        sort_by(&mut items, |a, b| a.cmp(b));
        assert!(items.windows(2).all(|w| w[0] < w[1]));
    }
}
