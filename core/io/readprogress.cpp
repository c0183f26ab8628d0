#include "readprogress.h"

namespace gk {

namespace {
thread_local ReadProgress *installed = nullptr;
}

ReadProgress::~ReadProgress() = default;

ReadProgress *ReadProgress::current() { return installed; }

ReadProgress::Scope::Scope(ReadProgress *progress)
    : m_previous(installed)
{
    installed = progress;
}

ReadProgress::Scope::~Scope() { installed = m_previous; }

} // namespace gk
