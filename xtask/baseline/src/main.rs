//! A window with a static page and nothing else.

fn main() {
    if let Err(e) = tauri::Builder::default().run(tauri::generate_context!()) {
        eprintln!("baseline: {e}");
        std::process::exit(1);
    }
}
