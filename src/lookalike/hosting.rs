//! CDN and DNS providers' customer zones: `www.apple.com.edgekey.net`,
//! `www.temu.com.cdn.cloudflare.net`, `aliexpress.com.gds.alibabadns.com` are the names a CDN gives
//! its customer's site (the customer's hostname followed by the provider's zone), seen in DNS and in
//! popular-hostname lists. A brand there is the customer's own name, not an imitation: findings
//! that come only from the subdomain (embedding) are dropped, unless credential words stand beside
//! the brand (`apple-id-login.example.edgekey.net` still counts) and the customer's hostname is not
//! a retailer's own (`login.rakuten.co.jp.akadns.net` is hosting). The classifier reports such a
//! host as hosting (`hosted-third-party`).
//!
//! Zones come from maintained CNAME lists, each cited at its line: ProjectDiscovery `cdncheck`
//! (`sources_data.json` key `common`, commit `eaac392a3aea59b736ed05ba075fdbc7699a984d`, MIT) and
//! `fatmo666/CDNRevealer` (`Dict/cname.py`, commit `462fb3470da7bb8fdc29df6642a1689c7e3fb001`),
//! or from the provider's own documentation.

use super::beside::is_credential;
use crate::catalog::{Catalog, DomainRole};
use crate::domain::{is_under, DomainInfo};
use crate::verdict::{Finding, ReasonKind};

/// Customer zones of CDN, load-balancing and DNS providers (sorted).
pub const CUSTOMER_ZONES: &[&str] = &[
    "akadns.net",         // Akamai DNS: CDNRevealer ("akadns.net": "Akamai")
    "akamai.net",         // Akamai: CDNRevealer
    "akamaiedge.net",     // Akamai: cdncheck common.akamai
    "akamaihd.net",       // Akamai: cdncheck common.akamai
    "akamaized.net",      // Akamai: CDNRevealer ("akamaized.net")
    "alibabadns.com", // Alibaba Cloud GSLB (`gds.alibabadns.com`): Alibaba Cloud DNS docs (dig output of www.aliyun.com)
    "alikunlun.com",  // Alibaba Cloud CDN: cdncheck common "阿里云 CDN"
    "azureedge.net",  // Azure CDN: CDNRevealer ("azureedge.net": "Azure CDN")
    "b-cdn.net",      // BunnyCDN: CDNRevealer
    "cdn.cloudflare.net", // Cloudflare partial (CNAME) setup: CDNRevealer ("cdn.cloudflare.net": "CloudFlare")
    "cdngslb.com",        // Alibaba Cloud CDN: cdncheck common "阿里云 CDN"
    "cdntip.com",         // Tencent Cloud CDN: cdncheck common "腾讯云 CDN"
    "edgecastcdn.net",    // Edgecast: cdncheck common.edgecast
    "edgekey.net",        // Akamai: cdncheck common.akamai
    "edgesuite.net",      // Akamai: cdncheck common.akamai
    "fastly.net",         // Fastly: cdncheck common.fastly
    "fastlylb.net",       // Fastly: CDNRevealer
    "footprint.net",      // Level3/Lumen CDN: CDNRevealer
    "hwcdn.net",          // Highwinds/StackPath: CDNRevealer
    "impervadns.net",     // Imperva/Incapsula: cdncheck common.incapsula
    "incapdns.net",       // Imperva/Incapsula: CDNRevealer
    "kunlunca.com",       // Alibaba Cloud CDN: cdncheck common "阿里云 CDN"
    "llnwd.net",          // Limelight/Edgio: CDNRevealer
    "lxdns.com",          // Wangsu/ChinaNetCenter: cdncheck common "网宿 CDN"
    "tbcache.com",        // Alibaba (Taobao) GSLB: CDNRevealer ("tbcache.com": "Alibaba Cloud")
    "tdnsv5.com",         // Tencent Cloud DNS: cdncheck common "腾讯云 CDN"
    "trafficmanager.net", // Azure Traffic Manager: learn.microsoft.com/azure/traffic-manager/traffic-manager-point-internet-domain
    "wscdns.com",         // Wangsu/ChinaNetCenter: cdncheck common "网宿 CDN"
];

/// The customer zone `hostname` is under, if any (`www.apple.com.edgekey.net` → `edgekey.net`).
pub fn customer_zone(hostname: &str) -> Option<&'static str> {
    // Walk the parent domains (at most a few labels), looking each up in the sorted list.
    // A parent of a length no zone has is not looked up (most hosts have none).
    let mut rest = hostname.as_bytes();
    while let Some(dot) = rest.iter().position(|&b| b == b'.') {
        rest = &rest[dot + 1..];
        let len = rest.len();
        if len < 128 && ZONE_LENGTHS[len / 64] & (1 << (len % 64)) != 0 {
            let parent = &hostname[hostname.len() - len..];
            if let Ok(i) = CUSTOMER_ZONES.binary_search(&parent) {
                return Some(CUSTOMER_ZONES[i]);
            }
        }
    }
    None
}

/// Bit `n % 64` of word `n / 64` set: some zone in [`CUSTOMER_ZONES`] is `n` bytes long (all are
/// under 128; two `u64`s, not a `u128`, whose variable shifts are library calls on wasm32).
const ZONE_LENGTHS: [u64; 2] = {
    let mut mask = [0u64; 2];
    let mut i = 0;
    while i < CUSTOMER_ZONES.len() {
        let n = CUSTOMER_ZONES[i].len();
        assert!(n < 128);
        mask[n / 64] |= 1 << (n % 64);
        i += 1;
    }
    mask
};

/// Under a customer zone, drops the findings that only say "a brand is in the subdomain"
/// (embedding), unless the subdomain speaks of credentials.
pub fn discount_customer_zone(info: &DomainInfo, catalog: &Catalog, out: &mut Vec<Finding>) {
    // Nothing to discount: most hosts (the zone walk runs on every URL otherwise).
    if !out.iter().any(|f| f.kind == ReasonKind::Embedding) {
        return;
    }
    let Some(zone) = customer_zone(&info.hostname) else {
        return;
    };
    // The customer's hostname is a retailer's own (`login.rakuten.co.jp.akadns.net`): hosting.
    let customer = &info.hostname[..info.hostname.len() - zone.len()].trim_end_matches('.');
    let own = catalog
        .lookup_host(customer)
        .is_some_and(|(_, role, _)| role != DomainRole::Hosting);
    let credential = !own
        && info
            .subdomain_labels()
            .flat_map(|l| l.split('-'))
            .any(is_credential);
    if credential {
        return;
    }
    debug_assert!(is_under(&info.hostname, zone));
    out.retain(|f| f.kind != ReasonKind::Embedding);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_sorted() {
        assert!(CUSTOMER_ZONES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn zone_lookup() {
        assert_eq!(
            customer_zone("www.apple.com.edgekey.net"),
            Some("edgekey.net")
        );
        assert_eq!(
            customer_zone("www.temu.com.cdn.cloudflare.net"),
            Some("cdn.cloudflare.net")
        );
        assert_eq!(customer_zone("edgekey.net"), None);
        assert_eq!(customer_zone("www.example.com"), None);
        assert_eq!(customer_zone("notedgekey.net"), None);
    }
}
