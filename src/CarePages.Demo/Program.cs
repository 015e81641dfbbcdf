using CarePages.Demo;

var builder = WebApplication.CreateBuilder(args);
builder.AddCarePagesDemo();

var app = builder.Build();
app.UseCarePagesDemo();
app.Run();
