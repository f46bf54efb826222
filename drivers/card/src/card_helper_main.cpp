// kakanai-card-helper: the card helper process on its own (see kakanai/pcsc/card_helper.h).
//   kakanai-card-helper status|wait|read [--reader NAME] [--wait-ms N]
#include "kakanai/pcsc/card_helper.h"

int main(int argc, char** argv) {
    return kakanai::pcsc::runCardHelper(std::vector<std::string>(argv + 1, argv + argc));
}
