#pragma once
// Helpers shared by the tests: paths into the source tree, running commands, golden files.

#include <string>
#include <vector>

namespace kakanai::test {

std::string sourcePath(const std::string& relative); // <source>/relative
std::string binaryPath(const std::string& relative); // <build>/relative
std::string cliPath();                               // build/bin/kakanai
std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& data);

struct CommandResult {
    int exitCode = -1;
    std::string out; // stdout
    std::string err; // stderr
};
// Runs argv (no shell), with optional stdin; captures stdout and stderr.
CommandResult run(const std::vector<std::string>& argv, const std::string& input = {});

// A fresh temporary directory, removed by the destructor.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return m_path; }
    std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

// Compares `actual` with the golden file (path relative to tests/golden). On a mismatch writes
// <golden>.fail next to it and returns false; KAKANAI_UPDATE_GOLDEN=1 rewrites the golden instead.
bool matchesGolden(const std::string& goldenRelative, const std::string& actual);

} // namespace kakanai::test
