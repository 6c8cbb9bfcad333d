using System;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PrivacyAnalyzers.Samples;

/// <summary>An in-memory SQLite database that lives as long as its connection: every run of a sample starts empty.</summary>
public static class SampleDatabase
{
    /// <summary>Opens a private in-memory SQLite connection.</summary>
    public static SqliteConnection OpenInMemory()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    /// <summary>Options for a context of type <typeparamref name="TContext"/> on the connection.</summary>
    public static DbContextOptions<TContext> Options<TContext>(SqliteConnection connection)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseSqlite(connection ?? throw new ArgumentNullException(nameof(connection))).Options;
}
