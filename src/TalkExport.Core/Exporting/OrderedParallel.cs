namespace TalkExport.Core.Exporting;

/// <summary>
/// Produces items on every core and consumes them on the calling thread in index order, each as
/// soon as it and those before it are ready. Exporters lay out runs of entries in parallel and
/// write them in order: the output never depends on thread timing, writing overlaps laying out,
/// and only a few runs wait in memory (producers stay at most a small window ahead).
/// </summary>
public static class OrderedParallel
{
    /// <summary>Runs <paramref name="produce"/> for 0 … <paramref name="count"/> - 1 in parallel and <paramref name="consume"/> on each result in order.</summary>
    /// <typeparam name="T">What one index produces.</typeparam>
    /// <param name="count">How many items.</param>
    /// <param name="produce">Makes item i; called on pool threads, for every index at most once.</param>
    /// <param name="consume">Takes item i; called on the calling thread, in index order.</param>
    /// <param name="cancellationToken">Stops production.</param>
    /// <remarks>A failure in <paramref name="produce"/> stops production and is rethrown (as <see cref="AggregateException"/>, as from <see cref="Parallel.For(int, int, Action{int})"/>); a failure in <paramref name="consume"/> stops production and is rethrown as it is.</remarks>
    public static void Run<T>(int count, Func<int, T> produce, Action<T> consume, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(produce);
        ArgumentNullException.ThrowIfNull(consume);
        if (count <= 0)
        {
            return;
        }

        var state = new State<T>(count, 4 * Environment.ProcessorCount);
        var workers = Math.Min(Environment.ProcessorCount, count);
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = workers };
        var production = Task.Run(() =>
        {
            try
            {
                Parallel.For(0, workers, parallel, _ => state.Produce(produce, cancellationToken));
            }
            finally
            {
                state.Stop(); // however production ends, the consumer stops waiting for more
            }
        }, CancellationToken.None); // not the caller's token: a task cancelled before it starts would never stop the consumer
        var consumed = false;
        try
        {
            state.Consume(consume);
            consumed = true;
        }
        finally
        {
            state.Stop();
            if (!consumed)
            {
                // The consumer failed: let the producers finish their current item, then report the consumer's failure.
                ((IAsyncResult)production).AsyncWaitHandle.WaitOne();
            }
        }

        production.GetAwaiter().GetResult();
    }

    private sealed class State<T>(int count, int window)
    {
        private readonly T[] _items = new T[count];
        private readonly bool[] _ready = new bool[count];
        private readonly object _gate = new(); // Monitor.Wait needs a monitor, not a System.Threading.Lock
        private int _claimed = -1;
        private int _consumed;
        private bool _stopped;

        // Each worker claims the next index; one that is a window ahead of the consumer waits. The
        // lowest unfinished index is never more than the window ahead, so someone always proceeds.
        public void Produce(Func<int, T> produce, CancellationToken cancellationToken)
        {
            while (Interlocked.Increment(ref _claimed) is var i && i < count)
            {
                lock (_gate)
                {
                    while (i >= _consumed + window && !_stopped)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_stopped)
                    {
                        return;
                    }
                }

                T item;
                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    item = produce(i);
                }
                catch
                {
                    Stop(); // the other producers must not wait for a consumer that waits for this item
                    throw;
                }

                lock (_gate)
                {
                    _items[i] = item;
                    _ready[i] = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        public void Consume(Action<T> consume)
        {
            for (var i = 0; i < count; i++)
            {
                T item;
                lock (_gate)
                {
                    while (!_ready[i] && !_stopped)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (!_ready[i])
                    {
                        return; // production failed; Run rethrows its failure
                    }

                    item = _items[i];
                    _items[i] = default!;
                    _consumed = i + 1;
                    Monitor.PulseAll(_gate);
                }

                consume(item);
            }
        }

        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
