using GhostHands.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(PostgresServer))]
