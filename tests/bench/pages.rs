//! Part five: a recognition pack's pages on the wire (issue 9). Three pages of a photographed A4
//! document's size go up from a real device to the real server through the byte-counting relay:
//! how many bytes cross it against the pages' own size (target ≤ 1.05×), and, for a second
//! participant, how much is sent again after the connection is cut once half the pack is up
//! (target ≤ 55% of the pack).

use anyhow::{Context, ensure};
use veikart_client::Device;
use veikart_server::HttpConfig;
use veikart_server::store::Role;
use veikart_server::testing::TestServer;
use veikart_tests::caseworker::CaseworkerApi;
use veikart_tests::pages::{jpeg, participant_with_missing_document};
use veikart_tests::wire::WireCounter;

/// Sizes of the three pages: what the device's compression makes of a phone photo of an A4 page
/// (200–400 KB), none a multiple of the chunk size.
const PAGES: [usize; 3] = [312_417, 268_903, 355_229];

/// A participant with a recognition case and one missing document, and a device enrolled through
/// the relay with three pages of that document captured (their rows synced, their bytes not).
async fn device_with_pages(
    server: &TestServer,
    cw: &CaseworkerApi,
    wire: &WireCounter,
    n: u64,
) -> anyhow::Result<Device> {
    let (pid, doc) = participant_with_missing_document(cw, n).await?;
    let device = Device::in_memory()?;
    let code = server.code(&pid, "grorud").await;
    device.enrol(&wire.url(), &code, "phone").await?;
    device.sync().await?;
    for (k, len) in PAGES.iter().enumerate() {
        device.add_document_page(&doc, &jpeg(*len, n * 10 + k as u64), None)?;
    }
    device.sync().await?;
    Ok(device)
}

/// Let the relay count the last bytes it forwarded, then take its counts.
async fn settled(wire: &WireCounter) -> (u64, u64) {
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    wire.take()
}

pub async fn pages_on_the_wire() -> anyhow::Result<()> {
    let server = TestServer::fresh(HttpConfig::default()).await?;
    let (_, token) = server
        .bydel_with_caseworker("grorud", Role::Caseworker)
        .await;
    let cw = CaseworkerApi::new(&server.url(), &token);
    let addr = server.url().trim_start_matches("http://").parse()?;
    let wire = WireCounter::start(addr).await?;
    let pack: u64 = PAGES.iter().map(|l| *l as u64).sum();
    println!(
        "\nA recognition pack of three pages ({} bytes) going up:",
        pack
    );

    let device = device_with_pages(&server, &cw, &wire, 1).await?;
    settled(&wire).await;
    let report = device.upload_pages(&mut |_| {}).await?;
    let (up, down) = settled(&wire).await;
    ensure!(
        report.completed == 3,
        "{} of 3 pages arrived",
        report.completed
    );
    let ratio = up as f64 / pack as f64;
    println!(
        "  whole: {up} bytes up ({ratio:.3}× the pages; target <= 1.05×{}), {down} down",
        if ratio > 1.05 { ", MISSED" } else { "" }
    );

    let device = device_with_pages(&server, &cw, &wire, 2).await?;
    settled(&wire).await;
    wire.cut_up_after(Some(pack / 2));
    let cut = device.upload_pages(&mut |_| {}).await;
    ensure!(cut.is_err(), "the cut did not stop the upload: {cut:?}");
    let (before, _) = settled(&wire).await;
    wire.cut_up_after(None);
    // The device's next pass, as after its next sync: it asks where the server is and goes on.
    let report = device
        .upload_pages(&mut |_| {})
        .await
        .context("the pass after the cut")?;
    let (again, _) = settled(&wire).await;
    ensure!(
        report.completed == 3,
        "{} of 3 pages after the cut",
        report.completed
    );
    let share = again as f64 / pack as f64;
    println!(
        "  cut after {before} bytes up ({:.0}% of the pack): the next pass sent {again} bytes, {:.1}% of the pack (target <= 55%{})",
        before as f64 / pack as f64 * 100.0,
        share * 100.0,
        if share > 0.55 { ", MISSED" } else { "" }
    );
    Ok(())
}
