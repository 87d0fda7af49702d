using TalkExport.Core.Exporting;

namespace TalkExport.Core.Tests.Exporting;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Run_SlowAndFastItems_ConsumedInIndexOrderOnTheCallingThread()
    {
        var caller = Environment.CurrentManagedThreadId;
        var consumed = new List<int>();
        var threads = new HashSet<int>();

        OrderedParallel.Run(
            500,
            i =>
            {
                Thread.SpinWait((i * 7919 % 13) * 1000); // uneven work, so items finish out of order
                return i;
            },
            i =>
            {
                consumed.Add(i);
                threads.Add(Environment.CurrentManagedThreadId);
            },
            TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(0, 500), consumed);
        Assert.Equal([caller], threads);
    }

    [Fact]
    public void Run_ProducersNeverRunFarAheadOfTheConsumer()
    {
        var consumedSoFar = 0;
        var furthestAhead = 0;

        OrderedParallel.Run(
            400,
            i =>
            {
                var ahead = i - Volatile.Read(ref consumedSoFar);
                InterlockedMax(ref furthestAhead, ahead);
                return i;
            },
            _ =>
            {
                Thread.Sleep(0);
                Interlocked.Increment(ref consumedSoFar);
            },
            TestContext.Current.CancellationToken);

        Assert.InRange(furthestAhead, 0, (4 * Environment.ProcessorCount) + 1); // + 1: the item being consumed
    }

    [Fact]
    public void Run_ProducerFails_RethrowsWithoutHanging()
    {
        var consumed = new List<int>();

        var e = Assert.Throws<AggregateException>(() => OrderedParallel.Run(
            1000,
            i => i == 100 ? throw new InvalidDataException("item 100") : i,
            consumed.Add,
            TestContext.Current.CancellationToken));

        Assert.IsType<InvalidDataException>(Assert.Single(e.InnerExceptions));
        // What was consumed is in order and stops before the failed item (items just before it may be dropped).
        Assert.InRange(consumed.Count, 0, 100);
        Assert.Equal(Enumerable.Range(0, consumed.Count), consumed);
    }

    [Fact]
    public void Run_ConsumerFails_RethrowsItAsItIsWithoutHanging()
    {
        var produced = 0;

        var e = Assert.Throws<IOException>(() => OrderedParallel.Run(
            1000,
            i => Interlocked.Increment(ref produced),
            i => _ = i == 10 ? throw new IOException("disk full") : i,
            TestContext.Current.CancellationToken));

        Assert.Equal("disk full", e.Message);
        Assert.True(produced < 1000, $"production went on after the consumer failed: {produced} items");
    }

    [Fact]
    public void Run_Cancelled_StopsWithoutHanging()
    {
        using var cancel = new CancellationTokenSource();
        var consumed = 0;

        Assert.ThrowsAny<OperationCanceledException>(() => OrderedParallel.Run(
            100_000,
            i => i,
            _ =>
            {
                if (++consumed == 50)
                {
                    cancel.Cancel();
                }
            },
            cancel.Token));

        Assert.True(consumed < 100_000);
    }

    [Fact]
    public void Run_NoItems_ConsumesNothing()
    {
        OrderedParallel.Run<int>(0, _ => throw new InvalidOperationException(), _ => throw new InvalidOperationException(), TestContext.Current.CancellationToken);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }
}
