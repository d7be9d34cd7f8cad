katalogSearch.add("t-go",{"added":"0_qi10","cluster":"000","flags":"n1e1W1","ids":"121","motifs":"2231212","postings":["133"],"price":"mktDuuy20","words":["gorga"]});
