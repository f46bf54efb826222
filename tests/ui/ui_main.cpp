// GoogleTest main for the UI tests with simulated devices (process set-up in ui_runner.cpp).
#include "ui_runner.h"

int main(int argc, char** argv) {
    return kakanai::kiosk::test::runUiTests(argc, argv);
}
