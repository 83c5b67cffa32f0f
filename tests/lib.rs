//! Support for the cross-component tests and benchmarks: a proxy that breaks the network on purpose,
//! and a caseworker API client.

pub mod caseworker;
pub mod fixture;
pub mod memory;
pub mod pages;
pub mod proxy;
pub mod run_loop;
pub mod webdriver;
pub mod wire;
