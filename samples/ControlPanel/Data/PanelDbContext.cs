using ControlPanel.Model;
using Microsoft.EntityFrameworkCore;

namespace ControlPanel.Data;

/// <summary>SmartCP's database.</summary>
public sealed class PanelDbContext : DbContext
{
    public PanelDbContext(DbContextOptions<PanelDbContext> options)
        : base(options)
    {
    }

    public DbSet<PanelUser> Users => Set<PanelUser>();

    public DbSet<SiteVisitStatistic> SiteStatistics => Set<SiteVisitStatistic>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PanelUser>().HasOne(u => u.Company).WithOne().HasForeignKey<LegalEntity>(c => c.PanelUserId);
        modelBuilder.Entity<PanelUser>().HasMany(u => u.Activities).WithOne().HasForeignKey(a => a.PanelUserId);
    }
}
