#pragma once

namespace gk {

/**
 * Told how a long read goes (OCR of a scanned report: a page at a time) and asked whether to go on.
 * The reader does not take it as a parameter: whoever runs the read on a thread installs one for
 * that thread with a Scope, and readers that take long ask ReadProgress::current(). Readers that
 * finish quickly ignore it; a read without one runs to the end.
 */
class ReadProgress
{
public:
    virtual ~ReadProgress();
    /** `done` of `total` steps (pages) are finished; called on the reading thread. */
    virtual void stepDone(int done, int total) = 0;
    /** True once the read should stop; asked between steps, from the reading thread. */
    virtual bool isCanceled() const = 0;

    /** The observer installed for the calling thread, or nullptr. */
    static ReadProgress *current();

    /** Installs an observer for the calling thread for its lifetime. */
    class Scope
    {
    public:
        explicit Scope(ReadProgress *progress);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        ReadProgress *m_previous;
    };
};

} // namespace gk
