using GhostHands.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(PostgresServer))]
[assembly: AssemblyFixture(typeof(SharedChromium))]
