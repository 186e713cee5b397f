using ImrParsing.Cli;

return ImrCommandLine.Run(args, Console.In, Console.Out, Console.Error);
