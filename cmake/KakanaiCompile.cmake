# Common compile settings for every Kakanai target.
add_library(kakanai_warnings INTERFACE)
target_compile_options(kakanai_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused
  -Woverloaded-virtual -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
if(KAKANAI_WERROR)
  target_compile_options(kakanai_warnings INTERFACE -Werror)
endif()
if(KAKANAI_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
  # GCC 12 reports false "may be used uninitialized" inside <regex> and <functional> once ASan instruments
  # optimised code (the fuzz preset); the sanitizers themselves check the real thing at run time.
  add_compile_options(-Wno-maybe-uninitialized)
endif()

# kakanai_target(<target>): warnings + C++20 for our own code only (not third-party headers).
function(kakanai_target tgt)
  target_link_libraries(${tgt} PRIVATE kakanai_warnings)
  target_compile_features(${tgt} PUBLIC cxx_std_20)
endfunction()
