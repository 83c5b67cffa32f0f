#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    veikart_server::fuzzing::sync_request(data);
});
