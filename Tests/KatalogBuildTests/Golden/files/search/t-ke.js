katalogSearch.add("t-ke",{"added":"_qi1","cluster":"0","flags":"e1","ids":"3","motifs":"12","postings":["1"],"price":"uuy2","words":["kemeja"]});
