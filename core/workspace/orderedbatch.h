#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace gk {

/**
 * Runs work(0) … work(count − 1) on `jobs` threads and hands each result to deliver() on the calling
 * thread in index order, so what a batch writes never depends on the number of jobs or on which
 * thread finished first. The workers run at most `ahead` items past the last delivered one, which
 * bounds the memory of a long run. QtConcurrent::mapped would keep every result until the end.
 */
template <typename Result>
class OrderedBatch
{
public:
    using Work = std::function<Result(int index)>;
    using Deliver = std::function<void(int index, Result &&result)>;

    /** Returns the number of results delivered (less than count when `cancel` became true). */
    static int run(int count, int jobs, const Work &work, const Deliver &deliver,
                   const std::atomic_bool *cancel = nullptr)
    {
        if (count <= 0)
            return 0;
        jobs = std::max(1, std::min(jobs, count));
        const int ahead = jobs * 4;
        std::mutex mutex;
        std::condition_variable resultReady;
        std::condition_variable roomFreed;
        std::map<int, Result> finished;
        int nextToClaim = 0;
        int delivered = 0;
        bool stop = false;
        const auto cancelled = [cancel] { return cancel && cancel->load(); };

        std::vector<std::thread> workers;
        workers.reserve(size_t(jobs));
        for (int j = 0; j < jobs; ++j) {
            workers.emplace_back([&] {
                for (;;) {
                    int index;
                    {
                        std::unique_lock<std::mutex> lock(mutex);
                        roomFreed.wait(lock, [&] { return stop || nextToClaim >= count || nextToClaim < delivered + ahead; });
                        if (stop || nextToClaim >= count)
                            return;
                        index = nextToClaim++;
                    }
                    Result result = work(index);
                    {
                        std::lock_guard<std::mutex> lock(mutex);
                        finished.emplace(index, std::move(result));
                    }
                    resultReady.notify_one();
                }
            });
        }

        while (delivered < count && !cancelled()) {
            Result result;
            {
                std::unique_lock<std::mutex> lock(mutex);
                // Woken by each result; the timeout only notices a cancel while a long file is read.
                while (finished.empty() || finished.begin()->first != delivered) {
                    resultReady.wait_for(lock, std::chrono::milliseconds(100));
                    if (cancelled())
                        break;
                }
                if (cancelled())
                    break;
                result = std::move(finished.begin()->second);
                finished.erase(finished.begin());
            }
            deliver(delivered, std::move(result));
            {
                std::lock_guard<std::mutex> lock(mutex);
                ++delivered;
            }
            roomFreed.notify_all();
        }
        {
            std::lock_guard<std::mutex> lock(mutex);
            stop = true;
        }
        roomFreed.notify_all();
        for (std::thread &worker : workers)
            worker.join();
        return delivered;
    }
};

} // namespace gk
