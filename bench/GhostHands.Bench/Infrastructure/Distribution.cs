namespace GhostHands.Bench.Infrastructure;

/// <summary>Percentiles (nearest rank) of a set of measurements, in the unit they were given in.</summary>
internal sealed record Distribution(int Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static Distribution Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new InvalidOperationException("No measurements to summarise.");
        }

        return new Distribution(
            sorted.Length,
            Round(Rank(sorted, 0.50)),
            Round(Rank(sorted, 0.95)),
            Round(Rank(sorted, 0.99)),
            Round(sorted[^1]),
            Round(sorted.Average()));
    }

    private static double Rank(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Round(double value) => Math.Round(value, 2);
}
