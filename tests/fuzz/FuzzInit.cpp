// libFuzzer's start-up hook, the same for every target: the readers need a Qt application.
#include "FuzzSupport.h"

#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    caiji::fuzz::startQt();
    return 0;
}
