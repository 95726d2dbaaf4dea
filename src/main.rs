//! Mounts the portal; everything else lives in the library.

fn main() {
    patient_portal::start();
}
