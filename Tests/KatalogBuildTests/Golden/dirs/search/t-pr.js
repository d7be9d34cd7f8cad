katalogSearch.add("t-pr",{"added":"0_qi1","cluster":"00","flags":"n1e1","ids":"12","motifs":"22312","postings":["0","3"],"price":"mktDuuy2","words":["primisima","printing"]});
