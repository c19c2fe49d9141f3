namespace GhostHands.Cli;

// Not top-level statements: those make a public Program that clashes with the API's in the tests.
internal static class Program
{
    private static Task<int> Main(string[] args) => CliApp.RunAsync(args, Console.Out, Console.Error);
}
