using System.Collections.Concurrent;

namespace GhostHands.Routing.Runtime;

/// <summary>
/// What the parts of the worker share: the attempts it holds, its free slots, the claim loop's wake-up, and whether
/// it may claim (not draining, queue not paused).
/// </summary>
internal sealed class HeldJobs(int slotCount)
{
    // Keyed by attempt, not job: a job handed back while this worker still runs it may be claimed here again, and the
    // two attempts are held, stopped and released each on its own.
    private readonly ConcurrentDictionary<Attempt, RunningJob> running = new();
    private readonly SemaphoreSlim slots = new(slotCount, slotCount);
    private volatile bool draining;
    private volatile bool queuePaused;
    private volatile bool queueMayHaveWork = true;

    public WakeSignal Wake { get; } = new();

    public int Count => running.Count;

    public int FreeSlots => slots.CurrentCount;

    /// <summary>A snapshot of the held attempts.</summary>
    public ICollection<RunningJob> All => running.Values;

    public bool Draining { get => draining; set => draining = value; }

    public bool QueuePaused { get => queuePaused; set => queuePaused = value; }

    public bool MayClaim => !(draining || queuePaused);

    /// <summary>
    /// Whether a claim may find work: false once a claim found fewer jobs than it asked for (it saw every due job
    /// nobody else held), true again with any wake-up from outside (<see cref="WakeForWork"/>, <see cref="WakeForNewJob"/>).
    /// </summary>
    public bool QueueMayHaveWork => queueMayHaveWork;

    /// <summary>Wakes the claim loop for work that may have arrived: a reconnect, a control change.</summary>
    public void WakeForWork()
    {
        queueMayHaveWork = true;
        Wake.Set();
    }

    /// <summary>Wakes the claim loop for a new job's notification.</summary>
    public void WakeForNewJob()
    {
        queueMayHaveWork = true;
        Wake.Set();
    }

    /// <summary>
    /// Records what a claim found. A wake-up that came during the claim has set <see cref="Wake"/> as well, so the
    /// claim loop looks again even if this clears <see cref="QueueMayHaveWork"/> after it.
    /// </summary>
    public void Claimed(int asked, int found)
    {
        if (found < asked)
        {
            queueMayHaveWork = false;
        }
    }

    /// <summary>The held attempts of one job: usually none or one, two while an attempt handed back has not ended yet.</summary>
    public List<RunningJob> AttemptsOf(Guid jobId) => [.. running.Values.Where(r => r.Job.Id == jobId)];

    /// <summary>Whether this very attempt is still held (not released since a snapshot of <see cref="All"/>).</summary>
    public bool Holds(RunningJob run) => running.TryGetValue(run.Claim, out var held) && ReferenceEquals(held, run);

    /// <summary>Takes a slot for a claimed attempt. Never blocks: the claim asks for no more jobs than there are free slots.</summary>
    public async Task AddAsync(RunningJob run)
    {
        await slots.WaitAsync(CancellationToken.None);
        running[run.Claim] = run;
    }

    /// <summary>
    /// Registers an attempt claimed for the slot of one just finished (<see cref="Release"/> with <c>keepSlot</c>):
    /// the slot passes from one to the other without ever being free, so no other claim can count it.
    /// </summary>
    public void AddOnKeptSlot(RunningJob run) => running[run.Claim] = run;

    /// <summary>
    /// Frees the attempt's slot once its outcome is written (or it was stopped), and wakes the claim loop unless
    /// <paramref name="wakeClaims"/> is false; with <paramref name="keepSlot"/> the slot stays taken for
    /// <see cref="AddOnKeptSlot"/>. Only this very attempt's entry is removed, so its slot is freed once.
    /// </summary>
    public void Release(RunningJob run, bool keepSlot = false, bool wakeClaims = true)
    {
        if (running.TryRemove(KeyValuePair.Create(run.Claim, run)))
        {
            run.Dispose();
            if (!keepSlot)
            {
                slots.Release();
                if (wakeClaims)
                {
                    Wake.Set();
                }
            }
        }
    }
}
